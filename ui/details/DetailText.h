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

// Times and counts of a table's life, in the user's locale. What the server did not send is
// "not reported", never blank.
QString notReported();
QString relativeTime(int64_t millis, int64_t nowMillis);  // "3 hours ago", "in 2 minutes"
QString exactTime(int64_t millis);                        // the locale's long date and time
QString countText(std::optional<int64_t> count);          // "78,153" (locale grouping)
QString sizeText(int64_t bytes);                          // "1.2 MB" (locale)
// The form's rows as "Label: value" lines, for tests and copying.
QString formText(const QFormLayout* form);

}  // namespace paimon::ui
