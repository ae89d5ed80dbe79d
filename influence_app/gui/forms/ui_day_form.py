# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'day_form.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_DayForm(object):
    def setupUi(self, DayForm):
        if not DayForm.objectName():
            DayForm.setObjectName(u"DayForm")
        DayForm.resize(300, 120)
        self.outerLayout = QVBoxLayout(DayForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, -1, 0, -1)
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setRowWrapPolicy(QFormLayout.WrapAllRows)
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(8)
        self.dateLabel = QLabel(DayForm)
        self.dateLabel.setObjectName(u"dateLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(DayForm)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setKeyboardTracking(False)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.themeLabel = QLabel(DayForm)
        self.themeLabel.setObjectName(u"themeLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeEdit = QLineEdit(DayForm)
        self.themeEdit.setObjectName(u"themeEdit")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.themeEdit)


        self.outerLayout.addLayout(self.fieldsLayout)

        self.errorLabel = QLabel(DayForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setTextFormat(Qt.PlainText)
        self.errorLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.errorLabel)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.themeLabel.setBuddy(self.themeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.themeEdit)

        self.retranslateUi(DayForm)

        QMetaObject.connectSlotsByName(DayForm)
    # setupUi

    def retranslateUi(self, DayForm):
        DayForm.setWindowTitle(QCoreApplication.translate("DayForm", u"Jour", None))
        self.dateLabel.setText(QCoreApplication.translate("DayForm", u"D&ate", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("DayForm", u"ddd d MMMM yyyy", None))
        self.themeLabel.setText(QCoreApplication.translate("DayForm", u"T&h\u00e8me", None))
    # retranslateUi

