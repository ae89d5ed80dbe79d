# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'vote_round_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_VoteRoundForm(object):
    def setupUi(self, VoteRoundForm):
        if not VoteRoundForm.objectName():
            VoteRoundForm.setObjectName(u"VoteRoundForm")
        VoteRoundForm.resize(360, 260)
        self.outerLayout = QVBoxLayout(VoteRoundForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, -1, 0, -1)
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(8)
        self.labelLabel = QLabel(VoteRoundForm)
        self.labelLabel.setObjectName(u"labelLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.labelEdit = QLineEdit(VoteRoundForm)
        self.labelEdit.setObjectName(u"labelEdit")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.targetLabel = QLabel(VoteRoundForm)
        self.targetLabel.setObjectName(u"targetLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetCombo = QComboBox(VoteRoundForm)
        self.targetCombo.setObjectName(u"targetCombo")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.targetCombo)

        self.pointsLabel = QLabel(VoteRoundForm)
        self.pointsLabel.setObjectName(u"pointsLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pointsLabel)

        self.pointsSpin = QSpinBox(VoteRoundForm)
        self.pointsSpin.setObjectName(u"pointsSpin")
        self.pointsSpin.setMinimum(1)
        self.pointsSpin.setMaximum(100)
        self.pointsSpin.setValue(5)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pointsSpin)

        self.capLabel = QLabel(VoteRoundForm)
        self.capLabel.setObjectName(u"capLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.capLabel)

        self.capSpin = QSpinBox(VoteRoundForm)
        self.capSpin.setObjectName(u"capSpin")
        self.capSpin.setMinimum(0)
        self.capSpin.setMaximum(100)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.capSpin)

        self.weightingLabel = QLabel(VoteRoundForm)
        self.weightingLabel.setObjectName(u"weightingLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.weightingLabel)

        self.weightingCombo = QComboBox(VoteRoundForm)
        self.weightingCombo.setObjectName(u"weightingCombo")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.weightingCombo)

        self.sessionLabel = QLabel(VoteRoundForm)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(VoteRoundForm)
        self.sessionCombo.setObjectName(u"sessionCombo")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sessionCombo)


        self.outerLayout.addLayout(self.fieldsLayout)

        self.errorLabel = QLabel(VoteRoundForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.PlainText)
        self.errorLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.labelLabel.setBuddy(self.labelEdit)
        self.targetLabel.setBuddy(self.targetCombo)
        self.pointsLabel.setBuddy(self.pointsSpin)
        self.capLabel.setBuddy(self.capSpin)
        self.weightingLabel.setBuddy(self.weightingCombo)
        self.sessionLabel.setBuddy(self.sessionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.labelEdit, self.targetCombo)
        QWidget.setTabOrder(self.targetCombo, self.pointsSpin)
        QWidget.setTabOrder(self.pointsSpin, self.capSpin)
        QWidget.setTabOrder(self.capSpin, self.weightingCombo)
        QWidget.setTabOrder(self.weightingCombo, self.sessionCombo)

        self.retranslateUi(VoteRoundForm)

        QMetaObject.connectSlotsByName(VoteRoundForm)
    # setupUi

    def retranslateUi(self, VoteRoundForm):
        VoteRoundForm.setWindowTitle(QCoreApplication.translate("VoteRoundForm", u"Tour de vote", None))
        self.labelLabel.setText(QCoreApplication.translate("VoteRoundForm", u"&Libell\u00e9", None))
        self.targetLabel.setText(QCoreApplication.translate("VoteRoundForm", u"&Objet du vote", None))
        self.pointsLabel.setText(QCoreApplication.translate("VoteRoundForm", u"&Points par personne", None))
        self.capLabel.setText(QCoreApplication.translate("VoteRoundForm", u"Au plus par &\u00e9l\u00e9ment", None))
        self.capSpin.setSpecialValueText(QCoreApplication.translate("VoteRoundForm", u"sans limite", None))
        self.weightingLabel.setText(QCoreApplication.translate("VoteRoundForm", u"Po&nd\u00e9ration", None))
        self.sessionLabel.setText(QCoreApplication.translate("VoteRoundForm", u"&S\u00e9ance", None))
    # retranslateUi

