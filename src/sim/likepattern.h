#pragma once

#include <QString>

#include <string>
#include <vector>

namespace charles::sim {

// gate filters with `upper(name) LIKE '%' || upper(text) || '%'` in
// PostgreSQL, so '%' and '_' typed by the admin are wildcards and '\'
// escapes the next character. This mirrors that, on Unicode code points.
class LikePattern
{
public:
    // `filter` is the admin's text; it is upper-cased and wrapped in '%'.
    explicit LikePattern(const QString &filter);

    bool matches(const std::u32string &upperText) const;
    bool matchesAll() const { return m_matchesAll; }

    static std::u32string upper(const QString &text);

private:
    struct Part
    {
        enum class Kind { Literal, AnyOne, AnyMany };
        Kind kind;
        char32_t ch;
    };

    std::vector<Part> m_parts;
    bool m_matchesAll = false;
};

} // namespace charles::sim
