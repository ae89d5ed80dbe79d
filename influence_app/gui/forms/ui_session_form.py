# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_form.ui'
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
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SessionForm(object):
    def setupUi(self, SessionForm):
        if not SessionForm.objectName():
            SessionForm.setObjectName(u"SessionForm")
        SessionForm.resize(760, 220)
        self.outerLayout = QVBoxLayout(SessionForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, -1, 0, -1)
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(24)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(8)
        self.titleLabel = QLabel(SessionForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(SessionForm)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMinimumSize(QSize(260, 0))

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.startLabel = QLabel(SessionForm)
        self.startLabel.setObjectName(u"startLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QLineEdit(SessionForm)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setMaximumSize(QSize(110, 16777215))

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.durationLabel = QLabel(SessionForm)
        self.durationLabel.setObjectName(u"durationLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(SessionForm)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMaximumSize(QSize(110, 16777215))
        self.durationSpin.setMaximum(720)
        self.durationSpin.setSingleStep(5)
        self.durationSpin.setKeyboardTracking(False)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.methodLabel = QLabel(SessionForm)
        self.methodLabel.setObjectName(u"methodLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(SessionForm)
        self.methodCombo.setObjectName(u"methodCombo")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.statusLabel = QLabel(SessionForm)
        self.statusLabel.setObjectName(u"statusLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(SessionForm)
        self.statusCombo.setObjectName(u"statusCombo")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusCombo)


        self.columnsLayout.addLayout(self.fieldsLayout)

        self.objectiveLayout = QVBoxLayout()
        self.objectiveLayout.setSpacing(6)
        self.objectiveLayout.setObjectName(u"objectiveLayout")
        self.objectiveLabel = QLabel(SessionForm)
        self.objectiveLabel.setObjectName(u"objectiveLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.objectiveLabel.sizePolicy().hasHeightForWidth())
        self.objectiveLabel.setSizePolicy(sizePolicy)

        self.objectiveLayout.addWidget(self.objectiveLabel)

        self.objectiveEdit = QPlainTextEdit(SessionForm)
        self.objectiveEdit.setObjectName(u"objectiveEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.objectiveEdit.sizePolicy().hasHeightForWidth())
        self.objectiveEdit.setSizePolicy(sizePolicy1)
        self.objectiveEdit.setMinimumSize(QSize(0, 80))
        self.objectiveEdit.setTabChangesFocus(True)

        self.objectiveLayout.addWidget(self.objectiveEdit)


        self.columnsLayout.addLayout(self.objectiveLayout)


        self.outerLayout.addLayout(self.columnsLayout)

        self.errorLabel = QLabel(SessionForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setTextFormat(Qt.PlainText)
        self.errorLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.errorLabel)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.durationLabel.setBuddy(self.durationSpin)
        self.methodLabel.setBuddy(self.methodCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.objectiveLabel.setBuddy(self.objectiveEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.objectiveEdit)

        self.retranslateUi(SessionForm)

        QMetaObject.connectSlotsByName(SessionForm)
    # setupUi

    def retranslateUi(self, SessionForm):
        SessionForm.setWindowTitle(QCoreApplication.translate("SessionForm", u"S\u00e9ance", None))
        self.titleLabel.setText(QCoreApplication.translate("SessionForm", u"&Titre", None))
        self.startLabel.setText(QCoreApplication.translate("SessionForm", u"&D\u00e9but", None))
        self.startEdit.setPlaceholderText(QCoreApplication.translate("SessionForm", u"09:30", None))
        self.durationLabel.setText(QCoreApplication.translate("SessionForm", u"D&ur\u00e9e", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("SessionForm", u" min", None))
        self.methodLabel.setText(QCoreApplication.translate("SessionForm", u"&M\u00e9thode", None))
        self.statusLabel.setText(QCoreApplication.translate("SessionForm", u"&Statut", None))
        self.objectiveLabel.setText(QCoreApplication.translate("SessionForm", u"&Objectif", None))
    # retranslateUi

