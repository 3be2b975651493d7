// The translations: the Simplified Chinese one covers every string with the same placeholders
// and accelerators; installed for a Chinese locale it turns the window, the connection layer
// and Qt's own dialogs Chinese, plurals included; the English one gets plurals right; and the
// browser follows the system locale from the environment.
#include <gtest/gtest.h>

#include <QDialogButtonBox>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolBar>
#include <QXmlStreamReader>

#include <map>

#include "core/catalog/WriteOperation.h"
#include "core/types/TypeParser.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/connection/CatalogConnector.h"
#include "ui/main/Translations.h"

namespace paimon::testing {
namespace {

struct Message {
    QString context, source, translation;
    QStringList numerusForms;
    QString type;  // "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
};

std::vector<Message> readTs(const QString& path) {
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&f);
    std::vector<Message> out;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value("numerus") == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    m.type = xml.attributes().value("type").toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement())
                            m.numerusForms << xml.readElementText();
                    } else {
                        m.translation = xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            out.push_back(m);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return out;
}

// %1..%99, %n and QProgressBar's %v/%m, sorted: each must survive translation.
QStringList placeholders(const QString& s) {
    static const QRegularExpression re(QStringLiteral("%(\\d+|n|v|m)"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    return out;
}

// The accelerator letter of "&New…", or an empty string ("&&" is a literal ampersand).
QString accelerator(const QString& s) {
    static const QRegularExpression re(QStringLiteral("(?<!&)&([A-Za-z0-9])"));
    auto m = re.match(s);
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

const QString kTsDir = QStringLiteral(PAIMON_SOURCE_DIR "/resources/translations/");

TEST(Translations, EveryStringHasAChineseTranslationWithTheSamePlaceholdersAndAccelerators) {
    const auto messages = readTs(kTsDir + "paimon_zh_CN.ts");
    ASSERT_GE(messages.size(), 400u) << "the .ts file is not the full set of strings";
    std::set<QString> contexts;
    for (const auto& m : messages) {
        const std::string where = m.context.toStdString() + ": " + m.source.toStdString();
        contexts.insert(m.context);
        EXPECT_TRUE(m.type.isEmpty()) << m.type.toStdString() << " — " << where;
        const QStringList forms = m.numerus ? m.numerusForms : QStringList{m.translation};
        ASSERT_FALSE(forms.isEmpty()) << where;
        for (const QString& t : forms) {
            EXPECT_FALSE(t.trimmed().isEmpty()) << where;
            EXPECT_EQ(placeholders(t), placeholders(m.source)) << where;
            EXPECT_EQ(accelerator(t), accelerator(m.source)) << where << " → " << t.toStdString();
            EXPECT_EQ(t.endsWith('\n'), m.source.endsWith('\n')) << where;
            // A key sequence is a key sequence in every language.
            if (m.source.startsWith("Ctrl+") || m.source.startsWith("Alt+")) {
                EXPECT_EQ(t, m.source) << where;
            }
        }
    }
    // Runtime contexts are the classes' qualified names (lupdate saw the namespaces).
    for (const QString& c : contexts) {
        EXPECT_TRUE(c.startsWith("paimon::") || c == "QObject" || c == "main") << c.toStdString();
    }
}

TEST(Translations, EnglishPluralsAreRealWords) {
    const auto messages = readTs(kTsDir + "paimon_en.ts");
    for (const auto& m : messages) {
        ASSERT_TRUE(m.numerus) << "the English file holds plural forms only";
        ASSERT_EQ(m.numerusForms.size(), 2) << m.source.toStdString();
        EXPECT_FALSE(m.numerusForms[0].contains("(s)")) << m.source.toStdString();
    }
    auto installed = ui::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    ASSERT_FALSE(installed.isEmpty());
    EXPECT_EQ(ui::CatalogTreeModel::tr("%n column(s)", nullptr, 1), "1 column");
    EXPECT_EQ(ui::CatalogTreeModel::tr("%n column(s)", nullptr, 7), "7 columns");
    ui::removeTranslations(installed);
    EXPECT_EQ(ui::CatalogTreeModel::tr("%n column(s)", nullptr, 1), "1 column(s)");
}

TEST(Translations, AChineseLocaleTurnsTheWindowTheConnectionLayerAndQtsDialogsChinese) {
    auto installed = ui::installTranslations(QLocale(QLocale::Chinese, QLocale::China));
    ASSERT_EQ(installed.size(), 2) << "the browser's translation and Qt's own";

    TempDir dir;
    auto settings = settingsIn(dir);
    ui::SecretStore secrets;
    {
        ui::MainWindow window(settings.get(), &secrets);
        QStringList menus;
        for (QAction* a : window.menuBar()->actions())
            menus << a->text();
        EXPECT_EQ(menus, (QStringList{"文件(&F)", "编辑(&E)", "视图(&V)", "数据目录(&C)",
                                      "工具(&T)", "帮助(&H)"}));
        // Toolbar buttons drop the "(&X)" accelerator and the ellipsis.
        QStringList buttons;
        for (QAction* a : window.findChild<QToolBar*>("mainToolBar")->actions()) {
            if (!a->text().isEmpty() && !a->isSeparator()) buttons << a->iconText();
        }
        EXPECT_EQ(buttons, (QStringList{"连接", "打开仓库文件夹", "刷新", "新建表"}));
    }
    EXPECT_EQ(ui::ConnectionProfile{}.problem(), "该连接需要一个名称。");
    EXPECT_TRUE(ui::CatalogConnector::adviceFor(makeError(ErrorKind::Network, "x"), false)
                    .startsWith("请检查 URI"));
    EXPECT_EQ(ui::CatalogTreeModel::tr("%n column(s)", nullptr, 3), "3 列");
    // The core's sentences (the steps of a change in the editors' preview) too.
    const DataType bigint = parseDataType("BIGINT").value();
    EXPECT_EQ(describeWrite(write::CreateTable{{"db", "t"}, Schema{}}).front(),
              "创建表 `db`.`t`，包含 0 列");
    EXPECT_EQ(describeSchemaChange(change::AddColumn{{"c"}, bigint, "n", Move::after("c", "a")}),
              "添加列 `c` BIGINT，注释 'n'，移到 `a` 之后");
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), "取消") << "Qt's own translation";

    ui::removeTranslations(installed);
    EXPECT_EQ(ui::ConnectionProfile{}.problem(), "The connection needs a name.");
    EXPECT_EQ(describeWrite(write::DropTable{{"db", "t"}}).front(),
              "Drop table `db`.`t` and its data");
}

// The real program, its locale from the environment as a desktop session sets it.
QString browserHelp(const QStringList& environment) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        env.remove(name);
    for (const QString& kv : environment)
        env.insert(kv.section('=', 0, 0), kv.section('=', 1));
    env.insert("QT_QPA_PLATFORM", "offscreen");
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PAIMON_BROWSER_BINARY), {"--help"});
    EXPECT_TRUE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

TEST(Translations, TheBrowserFollowsTheSystemLocale) {
    EXPECT_TRUE(browserHelp({"LANG=zh_CN.UTF-8"}).contains("浏览 Apache Paimon REST 数据目录。"));
    EXPECT_TRUE(browserHelp({"LANG=C.UTF-8"}).contains("Browse Apache Paimon REST catalogs."));
    // LANGUAGE, the list of UI languages, wins over LANG as in every desktop program.
    EXPECT_TRUE(browserHelp({"LANG=en_US.UTF-8", "LANGUAGE=zh_CN"}).contains("数据目录"));
}

}  // namespace
}  // namespace paimon::testing
