// The catalogues themselves: every message of both .ts files is translated, keeps the
// source's placeholders and accelerators, and the sources hold nothing that lupdate would
// still add or change. Also which language the application picks, and that the compiled
// catalogues and Qt's own Portuguese one load.
#include "core/i18n.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QString kSourceDir = QString::fromUtf8(SOURCE_DIR);
const QString kLupdate = QString::fromUtf8(LUPDATE);

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // the translation, or its numerus forms

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString where() const
    {
        return QStringLiteral("[%1] “%2”%3")
            .arg(context, source,
                 comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(comment));
    }
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue readTs(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = QStringLiteral("cannot open %1").arg(path);
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            catalogue.language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.forms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.forms = {xml.readElementText()};
            }
            catalogue.messages.append(message);
        }
    }
    if (xml.hasError())
        catalogue.error =
            QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return catalogue;
}

QString tsPath(const QString &language)
{
    return kSourceDir + QStringLiteral("/translations/charles-tokens_%1.ts").arg(language);
}

// %1..%99 (also %L1) and %n, as a set: a translation may reorder them, not drop or add one.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(n|[1-9][0-9]?)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(QLatin1Char('%') + it.next().captured(1));
    return found;
}

// How many "&x" accelerators a text has ("&&" is a literal ampersand).
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

// Rich-text tags, in order; "<Charles address>" and the like are words, not tags.
QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("</"
                       "?(a|b|i|u|p|br|em|strong|code|tt|pre|span|div|ul|ol|li|h[1-6]|table|tr|td|"
                       "th)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList tags;
    for (auto it = re.globalMatch(text); it.hasNext();)
        tags.append(it.next().captured(0).toLower());
    return tags;
}

// The punctuation a message ends with, where it matters to the UI.
QString ending(const QString &text)
{
    static const QString marks = QStringLiteral(".:?!…");
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || !marks.contains(trimmed.back()))
        return {};
    return trimmed.right(1);
}

// The flags and paths of the update_translations target, read from translations/CMakeLists.txt
// by CMake and passed in, so that this test runs lupdate exactly as that target does.
// CMake lists arrive with '|' for ';', which would split a compile definition.
QStringList cmakeList(const char *value)
{
    return QString::fromUtf8(value).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void lupdateWouldChangeNothing_data();
    void lupdateWouldChangeNothing();
    void chooseLanguage_data();
    void chooseLanguage();
    void availableLanguages();
    void compiledCataloguesLoad();
    void portuguesePluralForms_data();
    void portuguesePluralForms();
    void qtOwnPortugueseCatalogueIsInstalled();
};

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("en") << QStringLiteral("en") << 2;
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << 2;
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);

    const Catalogue catalogue = readTs(tsPath(language));
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QCOMPARE(catalogue.language, language);
    QVERIFY(!catalogue.messages.isEmpty());

    QStringList problems;
    QSet<QString> seen;
    for (const Message &m : catalogue.messages) {
        const auto problem = [&](const QString &what) {
            problems.append(QStringLiteral("%1: %2").arg(m.where(), what));
        };
        if (seen.contains(m.key()))
            problem(QStringLiteral("appears twice"));
        seen.insert(m.key());
        if (m.source.trimmed().isEmpty())
            problem(QStringLiteral("empty source"));
        if (!m.type.isEmpty()) {
            problem(QStringLiteral("type=\"%1\"").arg(m.type));
            continue;
        }
        if (m.numerus && m.forms.size() != pluralForms)
            problem(QStringLiteral("%1 plural forms instead of %2")
                        .arg(m.forms.size())
                        .arg(pluralForms));
        const QSet<QString> expected = placeholders(m.source);
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty()) {
                problem(QStringLiteral("empty translation"));
                continue;
            }
            const QSet<QString> got = placeholders(form);
            if (got != expected) {
                const QStringList missing = QSet<QString>(expected).subtract(got).values();
                const QStringList added = QSet<QString>(got).subtract(expected).values();
                problem(QStringLiteral("“%1” drops {%2} / adds {%3}")
                            .arg(form, missing.join(u','), added.join(u',')));
            }
            if ((accelerators(m.source) > 0) != (accelerators(form) > 0) || accelerators(form) > 1)
                problem(
                    QStringLiteral("“%1”: accelerator (&) does not match the source").arg(form));
            if (htmlTags(form) != htmlTags(m.source))
                problem(QStringLiteral("“%1”: HTML tags differ from the source").arg(form));
            if (ending(form) != ending(m.source))
                problem(QStringLiteral("“%1”: ends with “%2”, the source with “%3”")
                            .arg(form, ending(form), ending(m.source)));
            if (form.count(u'\n') != m.source.count(u'\n'))
                problem(QStringLiteral("“%1”: line breaks differ from the source").arg(form));
        }
        if (language == QLatin1String("en") && !m.numerus)
            problem(QStringLiteral("the English catalogue should only hold plural forms"));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::lupdateWouldChangeNothing_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("extraFlags");
    QTest::newRow("en") << QStringLiteral("en") << QStringList {QStringLiteral("-pluralonly")};
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringList();
}

void TestTranslations::lupdateWouldChangeNothing()
{
    QFETCH(QString, language);
    QFETCH(QStringList, extraFlags);
    QVERIFY2(QFile::exists(kLupdate), qPrintable(kLupdate));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("charles-tokens_%1.ts").arg(language));
    QVERIFY(QFile::copy(tsPath(language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments = cmakeList(LUPDATE_FLAGS);
    QVERIFY(arguments.contains(QStringLiteral("-no-obsolete")));
    arguments += extraFlags;
    arguments << QStringLiteral("-target-language") << language;
    arguments += cmakeList(TR_SOURCES);
    arguments << QStringLiteral("-ts") << copy;

    QProcess lupdate;
    lupdate.setWorkingDirectory(kSourceDir);
    lupdate.start(kLupdate, arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    const Catalogue before = readTs(tsPath(language));
    const Catalogue after = readTs(copy);
    QVERIFY(before.error.isEmpty() && after.error.isEmpty());

    QHash<QString, Message> kept;
    for (const Message &m : before.messages)
        kept.insert(m.key(), m);
    QStringList changes;
    QSet<QString> still;
    for (const Message &m : after.messages) {
        still.insert(m.key());
        const auto it = kept.constFind(m.key());
        if (it == kept.constEnd())
            changes.append(QStringLiteral("new: %1").arg(m.where()));
        else if (it->numerus != m.numerus)
            changes.append(QStringLiteral("plural changed: %1").arg(m.where()));
        else if (it->type != m.type || it->forms != m.forms)
            changes.append(QStringLiteral("translation changed: %1").arg(m.where()));
    }
    for (const Message &m : before.messages) {
        if (!still.contains(m.key()))
            changes.append(QStringLiteral("no longer in the sources: %1").arg(m.where()));
    }
    QVERIFY2(changes.isEmpty(),
             qPrintable(QStringLiteral("run `cmake --build <build> --target update_translations`, "
                                       "then translate:\n") +
                        changes.join(QLatin1Char('\n'))));
}

void TestTranslations::chooseLanguage_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");

    const QString en = QStringLiteral("en");
    const QString pt = QStringLiteral("pt_BR");
    const auto list = [](std::initializer_list<const char *> names) {
        QStringList l;
        for (const char *name : names)
            l.append(QString::fromLatin1(name));
        return l;
    };

    // The system decides when nothing explicit is given.
    QTest::newRow("pt_BR") << QString() << QString() << list({"pt_BR"}) << pt;
    QTest::newRow("pt-BR") << QString() << QString() << list({"pt-BR"}) << pt;
    QTest::newRow("pt") << QString() << QString() << list({"pt"}) << pt;
    QTest::newRow("pt-PT") << QString() << QString() << list({"pt-PT"}) << pt;
    QTest::newRow("pt_BR first in a list")
        << QString() << QString() << list({"pt-BR", "pt", "en-US", "en"}) << pt;
    QTest::newRow("en_US") << QString() << QString() << list({"en-US", "en"}) << en;
    QTest::newRow("en_US before pt_BR") << QString() << QString() << list({"en-US", "pt-BR"}) << en;
    QTest::newRow("de_DE") << QString() << QString() << list({"de-DE", "de"}) << en;
    // Languages without a catalogue are passed over, in the user's order.
    QTest::newRow("de_DE, then pt_BR")
        << QString() << QString() << list({"de-DE", "de", "pt-BR", "en-US"}) << pt;
    QTest::newRow("fr_FR, then en_GB, then pt_BR")
        << QString() << QString() << list({"fr-FR", "en-GB", "pt-BR"}) << en;
    QTest::newRow("nothing known") << QString() << QString() << list({"ja-JP", "ko"}) << en;
    QTest::newRow("no system languages") << QString() << QString() << QStringList() << en;
    QTest::newRow("nothing known") << QString() << QString() << QStringList() << en;

    // The --lang option wins over the system and the setting.
    QTest::newRow("--lang en over pt_BR system") << en << QString() << list({"pt-BR"}) << en;
    QTest::newRow("--lang pt_BR over en_US system") << pt << QString() << list({"en-US"}) << pt;
    QTest::newRow("--lang over setting") << en << pt << list({"pt-BR"}) << en;

    // The setting wins over the system.
    QTest::newRow("setting pt_BR over en_US") << QString() << pt << list({"en-US"}) << pt;
    QTest::newRow("setting en over pt_BR") << QString() << en << list({"pt-BR"}) << en;
    QTest::newRow("setting pt over de_DE")
        << QString() << QStringLiteral("pt") << list({"de-DE"}) << pt;

    // Names of languages we do not speak are ignored, falling through to the next source.
    QTest::newRow("garbage option ignored")
        << QStringLiteral("klingon") << QString() << list({"pt-BR"}) << pt;
    QTest::newRow("garbage option, setting decides")
        << QStringLiteral("xx_YY") << en << list({"pt-BR"}) << en;
    QTest::newRow("garbage setting ignored")
        << QString() << QStringLiteral("fr_FR") << list({"en-US"}) << en;
    QTest::newRow("blank option ignored")
        << QStringLiteral("   ") << QString() << list({"pt"}) << pt;
}

void TestTranslations::chooseLanguage()
{
    QFETCH(QString, option);
    QFETCH(QString, setting);
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(charles::i18n::chooseLanguage(option, setting, uiLanguages), expected);
}

void TestTranslations::availableLanguages()
{
    QCOMPARE(charles::i18n::availableLanguages(),
             (QStringList {QStringLiteral("en"), QStringLiteral("pt_BR")}));
}

void TestTranslations::compiledCataloguesLoad()
{
    // The catalogues are compiled into the core as :/i18n/, the names install() loads.
    for (const QString &language : charles::i18n::availableLanguages()) {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/charles-tokens_%1.qm").arg(language)),
                 qPrintable(language));
        QVERIFY(!translator.isEmpty());
    }

    QTranslator pt;
    QVERIFY(pt.load(QStringLiteral(":/i18n/charles-tokens_pt_BR.qm")));
    QCOMPARE(pt.translate("charles::CreateTokenWizard", "&Generate token"),
             QStringLiteral("&Gerar token"));
    QCOMPARE(pt.translate("Confirmations", "Yes, &revoke token"),
             QStringLiteral("Sim, &revogar token"));
    // One English word, two Portuguese readings: the disambiguation keeps them apart.
    QCOMPARE(pt.translate("ScopeText", "Read", "permission level: read access"),
             QStringLiteral("Leitura"));
    QCOMPARE(pt.translate("ApiError", "The token was not found."),
             QStringLiteral("O token não foi encontrado."));
}

void TestTranslations::portuguesePluralForms_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("portuguese");
    QTest::newRow("1") << 1 << QStringLiteral("1 day ago") << QStringLiteral("há 1 dia");
    QTest::newRow("2") << 2 << QStringLiteral("2 days ago") << QStringLiteral("há 2 dias");
    QTest::newRow("12") << 12 << QStringLiteral("12 days ago") << QStringLiteral("há 12 dias");
}

void TestTranslations::portuguesePluralForms()
{
    QFETCH(int, n);
    QFETCH(QString, english);
    QFETCH(QString, portuguese);
    QTranslator en;
    QTranslator pt;
    QVERIFY(en.load(QStringLiteral(":/i18n/charles-tokens_en.qm")));
    QVERIFY(pt.load(QStringLiteral(":/i18n/charles-tokens_pt_BR.qm")));
    QCOMPARE(en.translate("DateText", "%n day(s) ago", nullptr, n)
                 .replace(QStringLiteral("%n"), QString::number(n)),
             english);
    QCOMPARE(pt.translate("DateText", "%n day(s) ago", nullptr, n)
                 .replace(QStringLiteral("%n"), QString::number(n)),
             portuguese);
}

void TestTranslations::qtOwnPortugueseCatalogueIsInstalled()
{
    // install() loads it for the standard and wizard buttons; without it they stay English.
    QTranslator qt;
    QVERIFY2(qt.load(QLocale(QStringLiteral("pt_BR")), QStringLiteral("qtbase"),
                     QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
             "qtbase_pt_BR.qm is missing: install the qt6-translations-l10n package");
    QCOMPARE(qt.translate("QWizard", "&Next >"), QStringLiteral("&Próximo >"));
    QCOMPARE(qt.translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancelar"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
