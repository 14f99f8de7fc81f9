#include "likepattern.h"

namespace charles::sim {

LikePattern::LikePattern(const QString &filter)
{
    // gate wraps the filter in '%'. Appended, not U"%" + ... + U"%": GCC 12 warns falsely
    // (-Wrestrict) about that concatenation in an optimised build.
    std::u32string text;
    text += U'%';
    text += upper(filter);
    text += U'%';
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t ch = text[i];
        if (ch == U'\\' && i + 1 < text.size()) {
            m_parts.push_back({Part::Kind::Literal, text[++i]});
        } else if (ch == U'%') {
            if (m_parts.empty() || m_parts.back().kind != Part::Kind::AnyMany)
                m_parts.push_back({Part::Kind::AnyMany, 0});
        } else if (ch == U'_') {
            m_parts.push_back({Part::Kind::AnyOne, 0});
        } else {
            m_parts.push_back({Part::Kind::Literal, ch});
        }
    }
    m_matchesAll = m_parts.size() == 1 && m_parts.front().kind == Part::Kind::AnyMany;
}

bool LikePattern::matches(const std::u32string &upperText) const
{
    if (m_matchesAll)
        return true;

    // Greedy wildcard matching that backtracks to the last '%'.
    std::size_t p = 0;
    std::size_t t = 0;
    std::size_t starPart = std::u32string::npos;
    std::size_t starText = 0;
    while (t < upperText.size()) {
        if (p < m_parts.size() && m_parts[p].kind == Part::Kind::AnyMany) {
            starPart = p++;
            starText = t;
        } else if (p < m_parts.size() &&
                   (m_parts[p].kind == Part::Kind::AnyOne || m_parts[p].ch == upperText[t])) {
            ++p;
            ++t;
        } else if (starPart != std::u32string::npos) {
            p = starPart + 1;
            t = ++starText;
        } else {
            return false;
        }
    }
    while (p < m_parts.size() && m_parts[p].kind == Part::Kind::AnyMany)
        ++p;
    return p == m_parts.size();
}

std::u32string LikePattern::upper(const QString &text)
{
    return text.toUpper().toStdU32String();
}

} // namespace charles::sim
