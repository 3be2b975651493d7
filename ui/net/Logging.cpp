#include "ui/net/Logging.h"

#include <memory>

#include "core/util/Log.h"

Q_LOGGING_CATEGORY(lcRest, "paimon.rest", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "paimon.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCatalog, "paimon.catalog", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFs, "paimon.fs", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNavigator, "paimon.ui.navigator", QtWarningMsg)
Q_LOGGING_CATEGORY(lcConnection, "paimon.ui.connection", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEditor, "paimon.ui.editor", QtWarningMsg)

namespace paimon {

namespace {

class QtLogSink final : public log::Sink {
public:
    bool enabled(std::string_view category, log::Level level) const override {
        const QLoggingCategory* c = categoryOf(category);
        if (!c) return false;
        switch (level) {
            case log::Level::Debug:
                return c->isDebugEnabled();
            case log::Level::Info:
                return c->isInfoEnabled();
            case log::Level::Warning:
                return c->isWarningEnabled();
        }
        return false;
    }
    void write(std::string_view category, log::Level level, const std::string& message) override {
        const QLoggingCategory* c = categoryOf(category);
        if (!c) return;
        const QString text = QString::fromStdString(message);
        switch (level) {
            case log::Level::Debug:
                qCDebug(*c).noquote() << text;
                break;
            case log::Level::Info:
                qCInfo(*c).noquote() << text;
                break;
            case log::Level::Warning:
                qCWarning(*c).noquote() << text;
                break;
        }
    }

private:
    static const QLoggingCategory* categoryOf(std::string_view category) {
        if (category == log::kRest) return &lcRest();
        if (category == log::kAuth) return &lcAuth();
        if (category == log::kCatalog) return &lcCatalog();
        if (category == log::kFs) return &lcFs();
        return nullptr;
    }
};

}  // namespace

void installCoreLogging() {
    log::setSink(std::make_shared<QtLogSink>());
}

}  // namespace paimon
