// suara — the convenience forms shared by the CSV readers: a whole string, a file (streamed or
// into one batch) and a std::istream, for any reader with the interface of io::csv_reader
// (feed, finish, read(FILE*), read(istream&), report()).
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_IO_CSV_WHOLE_HPP
#define SUARA_IO_CSV_WHOLE_HPP

#include <cstdio>
#include <istream>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include <suara/io/csv/options.hpp>
#include <suara/io/report.hpp>

namespace suara::io::detail {

/// Reads text held in memory into one batch: `Result` has `sheets` and `report`.
template <class Reader, class Result>
[[nodiscard]] Result read_whole_string(std::string_view text, std::string source, csv_options opts) {
    opts.batch_rows = std::numeric_limits<std::size_t>::max();
    Result out;
    Reader r{std::move(source), opts};
    auto take = [&](auto& b) { out.sheets = std::move(b); };
    r.feed(text, take);
    r.finish(take);
    out.report = std::move(r.report());
    return out;
}

/// Streams a file to `on_batch`; a file that cannot be opened or read throws io::input_error
/// naming it.
template <class Reader, class OnBatch>
read_report read_streamed_file(const std::string& path, OnBatch&& on_batch, csv_options opts) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> f{std::fopen(path.c_str(), "rb"), &std::fclose};
    if (!f) throw input_error(path, input_reason::cannot_open);
    Reader r{path, opts};
    r.read(f.get(), on_batch);
    if (std::ferror(f.get()) != 0) throw input_error(path, input_reason::read_error);
    return std::move(r.report());
}

/// Reads a whole file into one batch.
template <class Reader, class Result>
[[nodiscard]] Result read_whole_file(const std::string& path, csv_options opts) {
    opts.batch_rows = std::numeric_limits<std::size_t>::max();
    Result out;
    out.report = read_streamed_file<Reader>(path, [&](auto& b) { out.sheets = std::move(b); }, opts);
    return out;
}

/// Streams any std::istream to `on_batch`.
template <class Reader, class OnBatch>
read_report read_streamed(std::istream& in, std::string source, OnBatch&& on_batch, csv_options opts) {
    Reader r{std::move(source), opts};
    r.read(in, on_batch);
    return std::move(r.report());
}

}  // namespace suara::io::detail

#endif  // SUARA_IO_CSV_WHOLE_HPP
