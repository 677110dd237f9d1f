// suara-audit's rules file (--rules-file, docs/cli.md): per rule id or family, `enabled`,
// `severity` and `tolerance`, read with Boost.JSON. Distributed under the Boost Software License,
// Version 1.0.
#ifndef SUARA_TOOLS_AUDIT_RULES_FILE_HPP
#define SUARA_TOOLS_AUDIT_RULES_FILE_HPP

#include <optional>
#include <string>
#include <string_view>

#include <boost/json.hpp>

#include <suara/bulk/tuning.hpp>
#include <suara/core/text.hpp>

namespace suara {

/// A problem with a rules file: the message in Indonesian and English, naming file, JSON path and value.
struct rules_file_problem {
    std::string id;  ///< Indonesian
    std::string en;  ///< English
};

/// Applies the rules file `text` (named `path` in messages) to `t`, entry by entry in file order;
/// returns the first problem, if any (then `t` is not to be used).
[[nodiscard]] inline std::optional<rules_file_problem> apply_rules_file(std::string_view text, const std::string& path,
                                                                        rule_tuning& t) {
    namespace json = boost::json;
    auto problem = [&](const std::string& where, const std::string& id, const std::string& en) {
        return rules_file_problem{path + ": " + where + ": " + id, path + ": " + where + ": " + en};
    };
    json::stream_parser p;
    boost::system::error_code ec;
    const std::size_t used = p.write_some(text.data(), text.size(), ec);
    if (!ec) p.finish(ec);
    if (ec) {
        std::size_t line = 1, col = 1;
        for (std::size_t i = 0; i < used && i < text.size(); ++i) {
            if (text[i] == '\n') {
                ++line;
                col = 1;
            } else {
                ++col;
            }
        }
        // The text where the parser stopped, not Boost.JSON's English message: the Indonesian
        // line stays Indonesian, and a person sees what to fix.
        const std::string where = std::to_string(line) + ":" + std::to_string(col);
        // Stopped at the end: the file ends too soon, there is no text to show.
        std::string near{used < text.size() ? text.substr(used, 16) : std::string_view{}};
        for (char& c : near)
            if (static_cast<unsigned char>(c) < 0x20 || c == '"' || static_cast<unsigned char>(c) >= 0x7f) c = '?';
        const std::string shown = near.empty() ? std::string{"akhir berkas"} : "nilai \"" + near + "\"";
        const std::string shown_en = near.empty() ? std::string{"end of file"} : "value \"" + near + "\"";
        return rules_file_problem{path + ":" + where + ": " + shown + ": bukan JSON yang sah",
                                  path + ":" + where + ": " + shown_en + ": not valid JSON"};
    }
    const json::value root = p.release();
    if (!root.is_object()) return problem("$", "harus objek JSON {\"id aturan\": {...}}", "expected a JSON object {\"rule id\": {...}}");
    for (const auto& [key_sv, entry] : root.as_object()) {
        const std::string key{key_sv};
        const std::string at = "$[" + json::serialize(json::string{key_sv}) + "]";
        const rule_set rules = rules_matching(key);
        if (rules.empty())
            return problem(at, "id aturan atau keluarga tidak dikenal (docs/rules.md)", "unknown rule id or family (docs/rules.md)");
        if (!entry.is_object())
            return problem(at, "harus objek, bukan " + json::serialize(entry), "expected an object, got " + json::serialize(entry));
        for (const auto& [name_sv, v] : entry.as_object()) {
            const std::string name{name_sv};
            const std::string where = at + "." + name;
            const std::string got = json::serialize(v);
            if (name == "enabled") {
                if (!v.is_bool()) return problem(where, "harus true atau false, bukan " + got, "expected true or false, got " + got);
                for (std::size_t i = 0; i < rule_count; ++i) {
                    const auto r = static_cast<rule_id>(i);
                    if (!rules.contains(r)) continue;
                    if (v.as_bool()) t.enabled.insert(r);
                    else t.enabled.erase(r);
                }
            } else if (name == "severity") {
                std::optional<severity> level;
                if (v.is_string())
                    for (auto s : {severity::info, severity::warning, severity::error})
                        if (v.as_string() == to_string(s)) level = s;
                if (!level) return problem(where, "harus \"error\", \"warning\" atau \"info\", bukan " + got,
                                           "expected \"error\", \"warning\" or \"info\", got " + got);
                for (std::size_t i = 0; i < rule_count; ++i)
                    if (rules.contains(static_cast<rule_id>(i))) t.rules[i].level = level;
            } else if (name == "tolerance") {
                std::optional<rule_tolerance> tol;
                // A JSON number is held to the bound of the string form (rule_tolerance_from_count):
                // what the run's header prints (text()) reads back as the tolerance the run used.
                if (v.is_uint64()) tol = rule_tolerance_from_count(v.as_uint64());
                else if (v.is_int64() && v.as_int64() >= 0) tol = rule_tolerance_from_count(static_cast<std::uint64_t>(v.as_int64()));
                else if (v.is_string()) tol = rule_tolerance_from_string(std::string_view{v.as_string()});
                if (!tol) return problem(where, "harus bilangan bulat dari 0 sampai 10^12 atau persen seperti \"1%\" (paling besar 100%), bukan " + got,
                                         "expected a whole number from 0 to 10^12 or a percentage such as \"1%\" (at most 100%), got " + got);
                bool any = false;
                for (std::size_t i = 0; i < rule_count; ++i) {
                    const auto r = static_cast<rule_id>(i);
                    if (!rules.contains(r) || !tolerance_sides(r)) continue;
                    t.rules[i].tolerance = tol;
                    any = true;
                }
                if (!any) return problem(where, "aturan ini tidak membandingkan dua angka; toleransi tidak berlaku",
                                         "this rule compares no two figures; a tolerance does not apply");
            } else {
                return problem(where, "kunci tidak dikenal (enabled, severity, tolerance)", "unknown key (enabled, severity, tolerance)");
            }
        }
    }
    return std::nullopt;
}

}  // namespace suara

#endif  // SUARA_TOOLS_AUDIT_RULES_FILE_HPP
