# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'network_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGridLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_NetworkForm(object):
    def setupUi(self, NetworkForm):
        if not NetworkForm.objectName():
            NetworkForm.setObjectName(u"NetworkForm")
        NetworkForm.resize(520, 520)
        self.outerLayout = QVBoxLayout(NetworkForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(16, 8, 16, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.formLayout.setHorizontalSpacing(16)
        self.formLayout.setVerticalSpacing(10)
        self.nameLabel = QLabel(NetworkForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(NetworkForm)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setClearButtonEnabled(False)
        self.nameEdit.setMaxLength(500)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.acronymLabel = QLabel(NetworkForm)
        self.acronymLabel.setObjectName(u"acronymLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.acronymLabel)

        self.acronymEdit = QLineEdit(NetworkForm)
        self.acronymEdit.setObjectName(u"acronymEdit")
        self.acronymEdit.setClearButtonEnabled(False)
        self.acronymEdit.setMaxLength(40)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.acronymEdit)

        self.kindLabel = QLabel(NetworkForm)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(NetworkForm)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.sectorLabel = QLabel(NetworkForm)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sectorLabel)

        self.sectorEdit = QLineEdit(NetworkForm)
        self.sectorEdit.setObjectName(u"sectorEdit")
        self.sectorEdit.setClearButtonEnabled(False)
        self.sectorEdit.setMaxLength(500)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sectorEdit)

        self.memberLabel = QLabel(NetworkForm)
        self.memberLabel.setObjectName(u"memberLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberSpin = QSpinBox(NetworkForm)
        self.memberSpin.setObjectName(u"memberSpin")
        self.memberSpin.setMinimum(-1)
        self.memberSpin.setMaximum(9999999)
        self.memberSpin.setKeyboardTracking(False)
        self.memberSpin.setMinimumSize(QSize(160, 0))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.memberSpin)

        self.functionsLabel = QLabel(NetworkForm)
        self.functionsLabel.setObjectName(u"functionsLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.functionsLabel)

        self.functionsBox = QWidget(NetworkForm)
        self.functionsBox.setObjectName(u"functionsBox")
        self.functionsLayout = QGridLayout(self.functionsBox)
        self.functionsLayout.setObjectName(u"functionsLayout")
        self.functionsLayout.setContentsMargins(0, 0, 0, 0)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.functionsBox)

        self.descriptionLabel = QLabel(NetworkForm)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(NetworkForm)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMinimumSize(QSize(0, 110))
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.outerLayout.addLayout(self.formLayout)

        self.formErrorLabel = QLabel(NetworkForm)
        self.formErrorLabel.setObjectName(u"formErrorLabel")
        self.formErrorLabel.setTextFormat(Qt.PlainText)
        self.formErrorLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.formErrorLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.acronymLabel.setBuddy(self.acronymEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.sectorLabel.setBuddy(self.sectorEdit)
        self.memberLabel.setBuddy(self.memberSpin)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.acronymEdit)
        QWidget.setTabOrder(self.acronymEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.sectorEdit)
        QWidget.setTabOrder(self.sectorEdit, self.memberSpin)
        QWidget.setTabOrder(self.memberSpin, self.descriptionEdit)

        self.retranslateUi(NetworkForm)

        QMetaObject.connectSlotsByName(NetworkForm)
    # setupUi

    def retranslateUi(self, NetworkForm):
        NetworkForm.setWindowTitle(QCoreApplication.translate("NetworkForm", u"R\u00e9seau", None))
        self.nameLabel.setText(QCoreApplication.translate("NetworkForm", u"&Nom", None))
        self.acronymLabel.setText(QCoreApplication.translate("NetworkForm", u"&Sigle", None))
        self.kindLabel.setText(QCoreApplication.translate("NetworkForm", u"&Type", None))
        self.sectorLabel.setText(QCoreApplication.translate("NetworkForm", u"Se&cteur", None))
        self.sectorEdit.setPlaceholderText(QCoreApplication.translate("NetworkForm", u"Solidarit\u00e9, sport, culture\u2026", None))
        self.memberLabel.setText(QCoreApplication.translate("NetworkForm", u"&Membres", None))
        self.memberSpin.setSpecialValueText(QCoreApplication.translate("NetworkForm", u"Non renseign\u00e9", None))
        self.functionsLabel.setText(QCoreApplication.translate("NetworkForm", u"Fonctions", None))
        self.descriptionLabel.setText(QCoreApplication.translate("NetworkForm", u"&Description", None))
    # retranslateUi

