// suara-audit's links to two Debian libraries the header-only library does not depend on:
// SHA-256 from OpenSSL's libcrypto (the digest of every input in a report) and gzip from zlib
// (the .gz region and TPS lists of data/wilayah). Shared with the national generator and the
// benchmarks. Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_EXAMPLES_AUDIT_TOOL_SUPPORT_HPP
#define SUARA_EXAMPLES_AUDIT_TOOL_SUPPORT_HPP

#include <climits>
#include <cstddef>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <openssl/evp.h>
#include <zlib.h>

#include <suara/bulk/provenance.hpp>

namespace suara::tool {

/// SHA-256 through OpenSSL's EVP interface (SHA-NI or AVX2 code where the CPU has it).
class sha256_digest final : public input_digest {
public:
    sha256_digest() : ctx_{EVP_MD_CTX_new(), &EVP_MD_CTX_free} {
        if (!ctx_ || EVP_DigestInit_ex(ctx_.get(), EVP_sha256(), nullptr) != 1)
            throw std::runtime_error{"suara-audit: OpenSSL cannot start a SHA-256 digest"};
    }
    void update(std::string_view bytes) override {
        // EVP_DigestUpdate takes any size; pieces of 1 GiB keep clear of any int in between.
        while (!bytes.empty()) {
            const std::size_t n = bytes.size() < (std::size_t{1} << 30) ? bytes.size() : std::size_t{1} << 30;
            if (EVP_DigestUpdate(ctx_.get(), bytes.data(), n) != 1) throw std::runtime_error{"suara-audit: SHA-256 failed"};
            bytes.remove_prefix(n);
        }
    }
    [[nodiscard]] std::string finish() override {
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int n = 0;
        if (EVP_DigestFinal_ex(ctx_.get(), md, &n) != 1) throw std::runtime_error{"suara-audit: SHA-256 failed"};
        static constexpr char hex[] = "0123456789abcdef";
        std::string out;
        out.reserve(2 * n);
        for (unsigned int i = 0; i < n; ++i) {
            out += hex[md[i] >> 4];
            out += hex[md[i] & 15];
        }
        return out;
    }

private:
    std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx_;
};

[[nodiscard]] inline digest_source sha256() {
    return {"sha256", [] { return std::unique_ptr<input_digest>{new sha256_digest}; }};
}

/// Unpacks gzip data held in memory (several members in a row too, as `gzip -c a b` writes);
/// nullopt when it is not gzip or is corrupt or truncated.
[[nodiscard]] inline std::optional<std::string> gunzip(std::string_view data) {
    std::string out;
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK) return std::nullopt;  // 15 + 16: gzip wrapper only
    std::string buf(std::size_t{1} << 18, '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    std::size_t left = data.size();
    int rc = Z_OK;
    for (;;) {
        if (z.avail_in == 0 && left > 0) {
            const std::size_t n = left < UINT_MAX ? left : UINT_MAX;
            z.avail_in = static_cast<uInt>(n);
            left -= n;
        }
        z.next_out = reinterpret_cast<Bytef*>(buf.data());
        z.avail_out = static_cast<uInt>(buf.size());
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(buf.data(), buf.size() - z.avail_out);
        if (rc == Z_STREAM_END) {
            if (z.avail_in == 0 && left == 0) break;
            if (inflateReset(&z) != Z_OK) break;  // the next member
            continue;
        }
        if (rc != Z_OK) break;
        if (z.avail_in == 0 && left == 0) {
            rc = Z_BUF_ERROR;  // input ended inside a member: truncated
            break;
        }
    }
    inflateEnd(&z);
    if (rc != Z_STREAM_END) return std::nullopt;
    return out;
}

/// A whole file, unpacked when it is gzip; nullopt when it cannot be read or unpacked.
[[nodiscard]] inline std::optional<std::string> read_maybe_gzip(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::string raw{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
    if (in.bad()) return std::nullopt;
    if (raw.size() >= 2 && static_cast<unsigned char>(raw[0]) == 0x1f && static_cast<unsigned char>(raw[1]) == 0x8b)
        return gunzip(raw);
    return raw;
}

}  // namespace suara::tool

#endif  // SUARA_EXAMPLES_AUDIT_TOOL_SUPPORT_HPP
