#include "extraction.h"

#include <array>
#include <utility>

namespace Verbatim {

namespace {
constexpr std::array entityTypeNames{
    std::pair{EntityType::Person, u"person"},      std::pair{EntityType::Organisation, u"organisation"},
    std::pair{EntityType::Place, u"place"},        std::pair{EntityType::Date, u"date"},
    std::pair{EntityType::Group, u"group"},
};
constexpr std::array statementKindNames{
    std::pair{StatementKind::Direct, u"direct"},
    std::pair{StatementKind::Indirect, u"indirect"},
    std::pair{StatementKind::Mixed, u"mixed"},
    std::pair{StatementKind::Manual, u"manual"},
};
} // namespace

QString entityTypeName(EntityType type)
{
    for (const auto &[value, name] : entityTypeNames) {
        if (value == type)
            return QString::fromUtf16(name);
    }
    return {};
}

bool entityTypeFromName(QStringView name, EntityType *type)
{
    for (const auto &[value, candidate] : entityTypeNames) {
        if (name == QStringView(candidate)) {
            *type = value;
            return true;
        }
    }
    return false;
}

QString statementKindName(StatementKind kind)
{
    for (const auto &[value, name] : statementKindNames) {
        if (value == kind)
            return QString::fromUtf16(name);
    }
    return {};
}

bool statementKindFromName(QStringView name, StatementKind *kind)
{
    for (const auto &[value, candidate] : statementKindNames) {
        if (name == QStringView(candidate)) {
            *kind = value;
            return true;
        }
    }
    return false;
}

} // namespace Verbatim
