#include "core/model/ViewFunction.h"

namespace paimon {

ViewChange ViewChange::setOption(std::string k, std::string v) {
    return {Action::SetOption, std::move(k), std::move(v), std::nullopt};
}
ViewChange ViewChange::removeOption(std::string k) {
    return {Action::RemoveOption, std::move(k), {}, std::nullopt};
}
ViewChange ViewChange::updateComment(std::optional<std::string> c) {
    return {Action::UpdateComment, {}, {}, std::move(c)};
}
ViewChange ViewChange::addDialect(std::string dialect, std::string query) {
    return {Action::AddDialect, std::move(dialect), std::move(query), std::nullopt};
}
ViewChange ViewChange::updateDialect(std::string dialect, std::string query) {
    return {Action::UpdateDialect, std::move(dialect), std::move(query), std::nullopt};
}
ViewChange ViewChange::dropDialect(std::string dialect) {
    return {Action::DropDialect, std::move(dialect), {}, std::nullopt};
}

}  // namespace paimon
