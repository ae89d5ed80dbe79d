# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participant_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ParticipantForm(object):
    def setupUi(self, ParticipantForm):
        if not ParticipantForm.objectName():
            ParticipantForm.setObjectName(u"ParticipantForm")
        ParticipantForm.resize(520, 420)
        self.outerLayout = QVBoxLayout(ParticipantForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(16, 8, 16, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.formLayout.setHorizontalSpacing(16)
        self.formLayout.setVerticalSpacing(10)
        self.nameLabel = QLabel(ParticipantForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ParticipantForm)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setClearButtonEnabled(False)
        self.nameEdit.setMaxLength(500)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.networkLabel = QLabel(ParticipantForm)
        self.networkLabel.setObjectName(u"networkLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.networkLabel)

        self.networkCombo = QComboBox(ParticipantForm)
        self.networkCombo.setObjectName(u"networkCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.networkCombo)

        self.roleLabel = QLabel(ParticipantForm)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(ParticipantForm)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.jobLabel = QLabel(ParticipantForm)
        self.jobLabel.setObjectName(u"jobLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.jobLabel)

        self.jobEdit = QLineEdit(ParticipantForm)
        self.jobEdit.setObjectName(u"jobEdit")
        self.jobEdit.setClearButtonEnabled(False)
        self.jobEdit.setMaxLength(500)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.jobEdit)

        self.consentCheck = QCheckBox(ParticipantForm)
        self.consentCheck.setObjectName(u"consentCheck")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.consentCheck)

        self.consentNote = QLabel(ParticipantForm)
        self.consentNote.setObjectName(u"consentNote")
        self.consentNote.setWordWrap(True)
        self.consentNote.setTextFormat(Qt.PlainText)
        self.consentNote.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.consentNote)

        self.attendanceLabel = QLabel(ParticipantForm)
        self.attendanceLabel.setObjectName(u"attendanceLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.attendanceLabel)

        self.attendanceBox = QWidget(ParticipantForm)
        self.attendanceBox.setObjectName(u"attendanceBox")
        self.attendanceLayout = QVBoxLayout(self.attendanceBox)
        self.attendanceLayout.setObjectName(u"attendanceLayout")
        self.attendanceLayout.setContentsMargins(0, 0, 0, 0)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.attendanceBox)


        self.outerLayout.addLayout(self.formLayout)

        self.formErrorLabel = QLabel(ParticipantForm)
        self.formErrorLabel.setObjectName(u"formErrorLabel")
        self.formErrorLabel.setTextFormat(Qt.PlainText)
        self.formErrorLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.formErrorLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.networkLabel.setBuddy(self.networkCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.jobLabel.setBuddy(self.jobEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.networkCombo)
        QWidget.setTabOrder(self.networkCombo, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.jobEdit)
        QWidget.setTabOrder(self.jobEdit, self.consentCheck)

        self.retranslateUi(ParticipantForm)

        QMetaObject.connectSlotsByName(ParticipantForm)
    # setupUi

    def retranslateUi(self, ParticipantForm):
        ParticipantForm.setWindowTitle(QCoreApplication.translate("ParticipantForm", u"Participant\u00b7e", None))
        self.nameLabel.setText(QCoreApplication.translate("ParticipantForm", u"&Nom", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ParticipantForm", u"Pr\u00e9nom Nom", None))
        self.networkLabel.setText(QCoreApplication.translate("ParticipantForm", u"&R\u00e9seau", None))
        self.roleLabel.setText(QCoreApplication.translate("ParticipantForm", u"R&\u00f4le", None))
        self.jobLabel.setText(QCoreApplication.translate("ParticipantForm", u"&Poste", None))
        self.jobEdit.setPlaceholderText(QCoreApplication.translate("ParticipantForm", u"Fonction dans le r\u00e9seau", None))
        self.consentCheck.setText(QCoreApplication.translate("ParticipantForm", u"Accepte d'\u00eatre nomm\u00e9\u00b7e dans la s&ynth\u00e8se", None))
        self.consentNote.setText(QCoreApplication.translate("ParticipantForm", u"Sans cet accord, la synth\u00e8se ne cite que son r\u00e9seau.", None))
        self.attendanceLabel.setText(QCoreApplication.translate("ParticipantForm", u"Pr\u00e9sence", None))
    # retranslateUi

