# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'category_form.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CategoryForm(object):
    def setupUi(self, CategoryForm):
        if not CategoryForm.objectName():
            CategoryForm.setObjectName(u"CategoryForm")
        CategoryForm.resize(420, 320)
        self.outerLayout = QVBoxLayout(CategoryForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(8)
        self.labelLabel = QLabel(CategoryForm)
        self.labelLabel.setObjectName(u"labelLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.labelEdit = QLineEdit(CategoryForm)
        self.labelEdit.setObjectName(u"labelEdit")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.codeLabel = QLabel(CategoryForm)
        self.codeLabel.setObjectName(u"codeLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(CategoryForm)
        self.codeEdit.setObjectName(u"codeEdit")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.scopeLabel = QLabel(CategoryForm)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeCombo = QComboBox(CategoryForm)
        self.scopeCombo.setObjectName(u"scopeCombo")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.scopeCombo)

        self.descriptionLabel = QLabel(CategoryForm)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(CategoryForm)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.outerLayout.addLayout(self.fieldsLayout)

        self.errorLabel = QLabel(CategoryForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.PlainText)
        self.errorLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.labelLabel.setBuddy(self.labelEdit)
        self.codeLabel.setBuddy(self.codeEdit)
        self.scopeLabel.setBuddy(self.scopeCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.labelEdit, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.scopeCombo)
        QWidget.setTabOrder(self.scopeCombo, self.descriptionEdit)

        self.retranslateUi(CategoryForm)

        QMetaObject.connectSlotsByName(CategoryForm)
    # setupUi

    def retranslateUi(self, CategoryForm):
        CategoryForm.setWindowTitle(QCoreApplication.translate("CategoryForm", u"Cat\u00e9gorie", None))
        self.labelLabel.setText(QCoreApplication.translate("CategoryForm", u"&Libell\u00e9", None))
        self.codeLabel.setText(QCoreApplication.translate("CategoryForm", u"&Code", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("CategoryForm", u"ALLIANCES", None))
        self.scopeLabel.setText(QCoreApplication.translate("CategoryForm", u"&Port\u00e9e", None))
        self.descriptionLabel.setText(QCoreApplication.translate("CategoryForm", u"&Description", None))
    # retranslateUi

