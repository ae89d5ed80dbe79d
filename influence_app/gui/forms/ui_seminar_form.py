# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'seminar_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SeminarForm(object):
    def setupUi(self, SeminarForm):
        if not SeminarForm.objectName():
            SeminarForm.setObjectName(u"SeminarForm")
        SeminarForm.resize(680, 560)
        self.outerLayout = QVBoxLayout(SeminarForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(16, 8, 16, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.formLayout.setHorizontalSpacing(16)
        self.formLayout.setVerticalSpacing(10)
        self.titleLabel = QLabel(SeminarForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(SeminarForm)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setClearButtonEnabled(False)
        self.titleEdit.setMaxLength(500)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.programmeLabel = QLabel(SeminarForm)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.programmeLabel)

        self.programmeEdit = QLineEdit(SeminarForm)
        self.programmeEdit.setObjectName(u"programmeEdit")
        self.programmeEdit.setClearButtonEnabled(False)
        self.programmeEdit.setMaxLength(500)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.programmeEdit)

        self.organiserLabel = QLabel(SeminarForm)
        self.organiserLabel.setObjectName(u"organiserLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organiserLabel)

        self.organiserEdit = QLineEdit(SeminarForm)
        self.organiserEdit.setObjectName(u"organiserEdit")
        self.organiserEdit.setClearButtonEnabled(False)
        self.organiserEdit.setMaxLength(500)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organiserEdit)

        self.locationLabel = QLabel(SeminarForm)
        self.locationLabel.setObjectName(u"locationLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(SeminarForm)
        self.locationEdit.setObjectName(u"locationEdit")
        self.locationEdit.setClearButtonEnabled(False)
        self.locationEdit.setMaxLength(500)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.startLabel = QLabel(SeminarForm)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDateEdit = QDateEdit(SeminarForm)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)
        self.startDateEdit.setLocale(QLocale(QLocale.French, QLocale.France))
        self.startDateEdit.setMinimumSize(QSize(240, 0))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.startNote = QLabel(SeminarForm)
        self.startNote.setObjectName(u"startNote")
        self.startNote.setWordWrap(True)
        self.startNote.setTextFormat(Qt.PlainText)
        self.startNote.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.startNote)

        self.endLabel = QLabel(SeminarForm)
        self.endLabel.setObjectName(u"endLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endDateEdit = QDateEdit(SeminarForm)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setCalendarPopup(True)
        self.endDateEdit.setLocale(QLocale(QLocale.French, QLocale.France))
        self.endDateEdit.setMinimumSize(QSize(240, 0))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.endDateEdit)

        self.languageLabel = QLabel(SeminarForm)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SeminarForm)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.contextLabel = QLabel(SeminarForm)
        self.contextLabel.setObjectName(u"contextLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.contextLabel)

        self.contextEdit = QPlainTextEdit(SeminarForm)
        self.contextEdit.setObjectName(u"contextEdit")
        self.contextEdit.setMinimumSize(QSize(0, 140))
        self.contextEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.contextEdit)

        self.anonymousCheck = QCheckBox(SeminarForm)
        self.anonymousCheck.setObjectName(u"anonymousCheck")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.anonymousCheck)

        self.anonymousNote = QLabel(SeminarForm)
        self.anonymousNote.setObjectName(u"anonymousNote")
        self.anonymousNote.setWordWrap(True)
        self.anonymousNote.setTextFormat(Qt.PlainText)
        self.anonymousNote.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.anonymousNote)


        self.outerLayout.addLayout(self.formLayout)

        self.formErrorLabel = QLabel(SeminarForm)
        self.formErrorLabel.setObjectName(u"formErrorLabel")
        self.formErrorLabel.setTextFormat(Qt.PlainText)
        self.formErrorLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.formErrorLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.programmeLabel.setBuddy(self.programmeEdit)
        self.organiserLabel.setBuddy(self.organiserEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.startLabel.setBuddy(self.startDateEdit)
        self.endLabel.setBuddy(self.endDateEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.contextLabel.setBuddy(self.contextEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.programmeEdit)
        QWidget.setTabOrder(self.programmeEdit, self.organiserEdit)
        QWidget.setTabOrder(self.organiserEdit, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.endDateEdit)
        QWidget.setTabOrder(self.endDateEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.contextEdit)
        QWidget.setTabOrder(self.contextEdit, self.anonymousCheck)

        self.retranslateUi(SeminarForm)

        QMetaObject.connectSlotsByName(SeminarForm)
    # setupUi

    def retranslateUi(self, SeminarForm):
        SeminarForm.setWindowTitle(QCoreApplication.translate("SeminarForm", u"S\u00e9minaire", None))
        self.titleLabel.setText(QCoreApplication.translate("SeminarForm", u"&Titre", None))
        self.programmeLabel.setText(QCoreApplication.translate("SeminarForm", u"&Programme", None))
        self.programmeEdit.setPlaceholderText(QCoreApplication.translate("SeminarForm", u"Les r\u00e9seaux en t\u00eate \u2014 parcours influence", None))
        self.organiserLabel.setText(QCoreApplication.translate("SeminarForm", u"&Organisateur", None))
        self.organiserEdit.setPlaceholderText(QCoreApplication.translate("SeminarForm", u"Le Mouvement associatif", None))
        self.locationLabel.setText(QCoreApplication.translate("SeminarForm", u"&Lieu", None))
        self.locationEdit.setPlaceholderText(QCoreApplication.translate("SeminarForm", u"Ville, salle", None))
        self.startLabel.setText(QCoreApplication.translate("SeminarForm", u"Date de &d\u00e9but", None))
        self.startDateEdit.setDisplayFormat(QCoreApplication.translate("SeminarForm", u"dddd d MMMM yyyy", None))
        self.startNote.setText(QCoreApplication.translate("SeminarForm", u"Changer la date de d\u00e9but d\u00e9cale d'autant tous les jours du programme.", None))
        self.endLabel.setText(QCoreApplication.translate("SeminarForm", u"Date de &fin", None))
        self.endDateEdit.setDisplayFormat(QCoreApplication.translate("SeminarForm", u"dddd d MMMM yyyy", None))
        self.languageLabel.setText(QCoreApplication.translate("SeminarForm", u"La&ngue", None))
        self.contextLabel.setText(QCoreApplication.translate("SeminarForm", u"&Contexte", None))
        self.contextEdit.setPlaceholderText(QCoreApplication.translate("SeminarForm", u"Pourquoi ce s\u00e9minaire, pour qui, avec quelles attentes.", None))
        self.anonymousCheck.setText(QCoreApplication.translate("SeminarForm", u"Contributions &anonymes", None))
        self.anonymousNote.setText(QCoreApplication.translate("SeminarForm", u"Les auteurs des contributions ne sont nomm\u00e9s ni dans la synth\u00e8se ni dans les exports : seul leur r\u00e9seau appara\u00eet.", None))
    # retranslateUi

