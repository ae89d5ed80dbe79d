# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'analysis_stakeholder_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_StakeholderForm(object):
    def setupUi(self, StakeholderForm):
        if not StakeholderForm.objectName():
            StakeholderForm.setObjectName(u"StakeholderForm")
        StakeholderForm.resize(760, 300)
        self.outerLayout = QVBoxLayout(StakeholderForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 8, 0, 0)
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(16)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(6)
        self.nameLabel = QLabel(StakeholderForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(StakeholderForm)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(500)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.typeLabel = QLabel(StakeholderForm)
        self.typeLabel.setObjectName(u"typeLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(StakeholderForm)
        self.typeCombo.setObjectName(u"typeCombo")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.levelLabel = QLabel(StakeholderForm)
        self.levelLabel.setObjectName(u"levelLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(StakeholderForm)
        self.levelCombo.setObjectName(u"levelCombo")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.powerLabel = QLabel(StakeholderForm)
        self.powerLabel.setObjectName(u"powerLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.powerLabel)

        self.powerSpin = QSpinBox(StakeholderForm)
        self.powerSpin.setObjectName(u"powerSpin")
        self.powerSpin.setMinimum(0)
        self.powerSpin.setMaximum(5)
        self.powerSpin.setKeyboardTracking(False)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.powerSpin)

        self.interestLabel = QLabel(StakeholderForm)
        self.interestLabel.setObjectName(u"interestLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.interestLabel)

        self.interestSpin = QSpinBox(StakeholderForm)
        self.interestSpin.setObjectName(u"interestSpin")
        self.interestSpin.setMinimum(0)
        self.interestSpin.setMaximum(5)
        self.interestSpin.setKeyboardTracking(False)

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.interestSpin)

        self.stanceLabel = QLabel(StakeholderForm)
        self.stanceLabel.setObjectName(u"stanceLabel")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.stanceLabel)

        self.stanceCombo = QComboBox(StakeholderForm)
        self.stanceCombo.setObjectName(u"stanceCombo")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.stanceCombo)

        self.desiredLabel = QLabel(StakeholderForm)
        self.desiredLabel.setObjectName(u"desiredLabel")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.desiredLabel)

        self.desiredCombo = QComboBox(StakeholderForm)
        self.desiredCombo.setObjectName(u"desiredCombo")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.desiredCombo)

        self.notesLabel = QLabel(StakeholderForm)
        self.notesLabel.setObjectName(u"notesLabel")

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(StakeholderForm)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 60))
        self.notesEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.columnsLayout.addLayout(self.fieldsLayout)

        self.goalsColumn = QVBoxLayout()
        self.goalsColumn.setObjectName(u"goalsColumn")
        self.goalsLabel = QLabel(StakeholderForm)
        self.goalsLabel.setObjectName(u"goalsLabel")

        self.goalsColumn.addWidget(self.goalsLabel)

        self.goalsList = QListWidget(StakeholderForm)
        self.goalsList.setObjectName(u"goalsList")
        self.goalsList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.goalsList.setTextElideMode(Qt.ElideRight)
        self.goalsList.setUniformItemSizes(True)

        self.goalsColumn.addWidget(self.goalsList)


        self.columnsLayout.addLayout(self.goalsColumn)

        self.networksColumn = QVBoxLayout()
        self.networksColumn.setObjectName(u"networksColumn")
        self.networksLabel = QLabel(StakeholderForm)
        self.networksLabel.setObjectName(u"networksLabel")

        self.networksColumn.addWidget(self.networksLabel)

        self.networksList = QListWidget(StakeholderForm)
        self.networksList.setObjectName(u"networksList")
        self.networksList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.networksList.setTextElideMode(Qt.ElideRight)
        self.networksList.setUniformItemSizes(True)

        self.networksColumn.addWidget(self.networksList)


        self.columnsLayout.addLayout(self.networksColumn)

        self.columnsLayout.setStretch(0, 5)
        self.columnsLayout.setStretch(1, 3)
        self.columnsLayout.setStretch(2, 2)

        self.outerLayout.addLayout(self.columnsLayout)

        self.errorLabel = QLabel(StakeholderForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.PlainText)
        self.errorLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.errorLabel)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.levelLabel.setBuddy(self.levelCombo)
        self.powerLabel.setBuddy(self.powerSpin)
        self.interestLabel.setBuddy(self.interestSpin)
        self.stanceLabel.setBuddy(self.stanceCombo)
        self.desiredLabel.setBuddy(self.desiredCombo)
        self.notesLabel.setBuddy(self.notesEdit)
        self.goalsLabel.setBuddy(self.goalsList)
        self.networksLabel.setBuddy(self.networksList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.powerSpin)
        QWidget.setTabOrder(self.powerSpin, self.interestSpin)
        QWidget.setTabOrder(self.interestSpin, self.stanceCombo)
        QWidget.setTabOrder(self.stanceCombo, self.desiredCombo)
        QWidget.setTabOrder(self.desiredCombo, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.goalsList)
        QWidget.setTabOrder(self.goalsList, self.networksList)

        self.retranslateUi(StakeholderForm)

        QMetaObject.connectSlotsByName(StakeholderForm)
    # setupUi

    def retranslateUi(self, StakeholderForm):
        StakeholderForm.setWindowTitle(QCoreApplication.translate("StakeholderForm", u"Acteur", None))
        self.nameLabel.setText(QCoreApplication.translate("StakeholderForm", u"&Nom", None))
        self.typeLabel.setText(QCoreApplication.translate("StakeholderForm", u"&Type", None))
        self.levelLabel.setText(QCoreApplication.translate("StakeholderForm", u"\u00c9&chelon", None))
        self.powerLabel.setText(QCoreApplication.translate("StakeholderForm", u"&Pouvoir (1 \u00e0 5)", None))
        self.powerSpin.setSpecialValueText(QCoreApplication.translate("StakeholderForm", u"\u2014", None))
        self.interestLabel.setText(QCoreApplication.translate("StakeholderForm", u"&Int\u00e9r\u00eat (1 \u00e0 5)", None))
        self.interestSpin.setSpecialValueText(QCoreApplication.translate("StakeholderForm", u"\u2014", None))
        self.stanceLabel.setText(QCoreApplication.translate("StakeholderForm", u"Position &actuelle", None))
        self.desiredLabel.setText(QCoreApplication.translate("StakeholderForm", u"Position &souhait\u00e9e", None))
        self.notesLabel.setText(QCoreApplication.translate("StakeholderForm", u"N&otes", None))
        self.goalsLabel.setText(QCoreApplication.translate("StakeholderForm", u"O&bjectifs concern\u00e9s", None))
        self.networksLabel.setText(QCoreApplication.translate("StakeholderForm", u"&R\u00e9seaux qui y ont acc\u00e8s", None))
    # retranslateUi

