#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string>

class QFormLayout;
class QLabel;

namespace paimon::ui {

// Small pieces the detail panes share.
QString fromStd(const std::string& s);
QString orDash(const std::optional<std::string>& s);  // "—" when absent or empty
QString formatMillis(int64_t millis);                 // local "2026-11-21 10:04:05", or "—" for 0
QString createdOrUpdated(int64_t millis, const std::optional<std::string>& by);
QLabel* selectableLabel(const QString& text);
// The form's rows as "Label: value" lines, for tests and copying.
QString formText(const QFormLayout* form);

}  // namespace paimon::ui
