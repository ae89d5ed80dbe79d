# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_form.ui'
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
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

from influence_app.gui.plan.date_edit import OptionalDateEdit

class Ui_ActionForm(object):
    def setupUi(self, ActionForm):
        if not ActionForm.objectName():
            ActionForm.setObjectName(u"ActionForm")
        ActionForm.resize(820, 300)
        self.outerLayout = QVBoxLayout(ActionForm)
        self.outerLayout.setSpacing(6)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 8, 0, 0)
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(16)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.mainFields = QFormLayout()
        self.mainFields.setObjectName(u"mainFields")
        self.mainFields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.mainFields.setHorizontalSpacing(10)
        self.mainFields.setVerticalSpacing(6)
        self.titleLabel = QLabel(ActionForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ActionForm)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(500)

        self.mainFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.descriptionLabel = QLabel(ActionForm)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.mainFields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ActionForm)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.mainFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.indicatorLabel = QLabel(ActionForm)
        self.indicatorLabel.setObjectName(u"indicatorLabel")

        self.mainFields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.indicatorLabel)

        self.indicatorEdit = QPlainTextEdit(ActionForm)
        self.indicatorEdit.setObjectName(u"indicatorEdit")
        self.indicatorEdit.setTabChangesFocus(True)

        self.mainFields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.indicatorEdit)

        self.dueLabel = QLabel(ActionForm)
        self.dueLabel.setObjectName(u"dueLabel")

        self.mainFields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueDateEdit = OptionalDateEdit(ActionForm)
        self.dueDateEdit.setObjectName(u"dueDateEdit")

        self.mainFields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dueDateEdit)

        self.statusLabel = QLabel(ActionForm)
        self.statusLabel.setObjectName(u"statusLabel")

        self.mainFields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(ActionForm)
        self.statusCombo.setObjectName(u"statusCombo")

        self.mainFields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusCombo)


        self.columnsLayout.addLayout(self.mainFields)

        self.linkFields = QFormLayout()
        self.linkFields.setObjectName(u"linkFields")
        self.linkFields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.linkFields.setHorizontalSpacing(10)
        self.linkFields.setVerticalSpacing(6)
        self.goalLabel = QLabel(ActionForm)
        self.goalLabel.setObjectName(u"goalLabel")

        self.linkFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.goalLabel)

        self.goalCombo = QComboBox(ActionForm)
        self.goalCombo.setObjectName(u"goalCombo")

        self.linkFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.goalCombo)

        self.factorLabel = QLabel(ActionForm)
        self.factorLabel.setObjectName(u"factorLabel")

        self.linkFields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.factorLabel)

        self.factorCombo = QComboBox(ActionForm)
        self.factorCombo.setObjectName(u"factorCombo")

        self.linkFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.factorCombo)

        self.stakeholderLabel = QLabel(ActionForm)
        self.stakeholderLabel.setObjectName(u"stakeholderLabel")

        self.linkFields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stakeholderLabel)

        self.stakeholderCombo = QComboBox(ActionForm)
        self.stakeholderCombo.setObjectName(u"stakeholderCombo")

        self.linkFields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.stakeholderCombo)

        self.ownerLabel = QLabel(ActionForm)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.linkFields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerCombo = QComboBox(ActionForm)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.linkFields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.leadLabel = QLabel(ActionForm)
        self.leadLabel.setObjectName(u"leadLabel")

        self.linkFields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.leadLabel)

        self.leadCombo = QComboBox(ActionForm)
        self.leadCombo.setObjectName(u"leadCombo")

        self.linkFields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.leadCombo)

        self.impactLabel = QLabel(ActionForm)
        self.impactLabel.setObjectName(u"impactLabel")

        self.linkFields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.impactLabel)

        self.impactSpin = QSpinBox(ActionForm)
        self.impactSpin.setObjectName(u"impactSpin")
        self.impactSpin.setMinimum(0)
        self.impactSpin.setMaximum(5)
        self.impactSpin.setKeyboardTracking(False)

        self.linkFields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.impactSpin)

        self.effortLabel = QLabel(ActionForm)
        self.effortLabel.setObjectName(u"effortLabel")

        self.linkFields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.effortLabel)

        self.effortSpin = QSpinBox(ActionForm)
        self.effortSpin.setObjectName(u"effortSpin")
        self.effortSpin.setMinimum(0)
        self.effortSpin.setMaximum(5)
        self.effortSpin.setKeyboardTracking(False)

        self.linkFields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.effortSpin)


        self.columnsLayout.addLayout(self.linkFields)

        self.partnersColumn = QVBoxLayout()
        self.partnersColumn.setObjectName(u"partnersColumn")
        self.coNetworksLabel = QLabel(ActionForm)
        self.coNetworksLabel.setObjectName(u"coNetworksLabel")

        self.partnersColumn.addWidget(self.coNetworksLabel)

        self.coNetworksList = QListWidget(ActionForm)
        self.coNetworksList.setObjectName(u"coNetworksList")
        self.coNetworksList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.coNetworksList.setTextElideMode(Qt.ElideRight)
        self.coNetworksList.setUniformItemSizes(True)

        self.partnersColumn.addWidget(self.coNetworksList)


        self.columnsLayout.addLayout(self.partnersColumn)

        self.columnsLayout.setStretch(0, 6)
        self.columnsLayout.setStretch(1, 5)
        self.columnsLayout.setStretch(2, 3)

        self.outerLayout.addLayout(self.columnsLayout)

        self.smartLabel = QLabel(ActionForm)
        self.smartLabel.setObjectName(u"smartLabel")
        self.smartLabel.setTextFormat(Qt.PlainText)
        self.smartLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.smartLabel)

        self.errorLabel = QLabel(ActionForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.PlainText)
        self.errorLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.indicatorLabel.setBuddy(self.indicatorEdit)
        self.dueLabel.setBuddy(self.dueDateEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.goalLabel.setBuddy(self.goalCombo)
        self.factorLabel.setBuddy(self.factorCombo)
        self.stakeholderLabel.setBuddy(self.stakeholderCombo)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.leadLabel.setBuddy(self.leadCombo)
        self.impactLabel.setBuddy(self.impactSpin)
        self.effortLabel.setBuddy(self.effortSpin)
        self.coNetworksLabel.setBuddy(self.coNetworksList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.indicatorEdit)
        QWidget.setTabOrder(self.indicatorEdit, self.dueDateEdit)
        QWidget.setTabOrder(self.dueDateEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.goalCombo)
        QWidget.setTabOrder(self.goalCombo, self.factorCombo)
        QWidget.setTabOrder(self.factorCombo, self.stakeholderCombo)
        QWidget.setTabOrder(self.stakeholderCombo, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.leadCombo)
        QWidget.setTabOrder(self.leadCombo, self.impactSpin)
        QWidget.setTabOrder(self.impactSpin, self.effortSpin)
        QWidget.setTabOrder(self.effortSpin, self.coNetworksList)

        self.retranslateUi(ActionForm)

        QMetaObject.connectSlotsByName(ActionForm)
    # setupUi

    def retranslateUi(self, ActionForm):
        ActionForm.setWindowTitle(QCoreApplication.translate("ActionForm", u"Action", None))
        self.titleLabel.setText(QCoreApplication.translate("ActionForm", u"&Intitul\u00e9", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ActionForm", u"Descri&ption", None))
        self.indicatorLabel.setText(QCoreApplication.translate("ActionForm", u"Indi&cateur", None))
        self.dueLabel.setText(QCoreApplication.translate("ActionForm", u"\u00c9c&h\u00e9ance", None))
        self.statusLabel.setText(QCoreApplication.translate("ActionForm", u"&Statut", None))
        self.goalLabel.setText(QCoreApplication.translate("ActionForm", u"&Objectif", None))
        self.factorLabel.setText(QCoreApplication.translate("ActionForm", u"&Levier ou frein", None))
        self.stakeholderLabel.setText(QCoreApplication.translate("ActionForm", u"Acteur \u00e0 co&nvaincre", None))
        self.ownerLabel.setText(QCoreApplication.translate("ActionForm", u"&Responsable", None))
        self.leadLabel.setText(QCoreApplication.translate("ActionForm", u"R\u00e9seau pilot&e", None))
        self.impactLabel.setText(QCoreApplication.translate("ActionForm", u"I&mpact (1 \u00e0 5)", None))
        self.impactSpin.setSpecialValueText(QCoreApplication.translate("ActionForm", u"\u2014", None))
        self.effortLabel.setText(QCoreApplication.translate("ActionForm", u"Effor&t (1 \u00e0 5)", None))
        self.effortSpin.setSpecialValueText(QCoreApplication.translate("ActionForm", u"\u2014", None))
        self.coNetworksLabel.setText(QCoreApplication.translate("ActionForm", u"R\u00e9seau&x associ\u00e9s", None))
    # retranslateUi

