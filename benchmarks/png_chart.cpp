// suara benchmarks — a horizontal bar chart written as PNG, with no dependency.
// Distributed under the Boost Software License, Version 1.0.
//
// Usage: png_chart OUT.png "TITLE" < bars.tsv
// bars.tsv: one bar a line, `label<TAB>value<TAB>unit` (value a decimal number). Each bar is
// scaled to the largest value of its unit, so that sheets/s and GB/s can share a chart.
// The PNG is written with zlib "stored" (uncompressed) deflate blocks, CRC-32 and Adler-32, and
// labels use a built-in 5x7 bitmap font: the benchmark script must not need Python packages or
// gnuplot.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

// 5x7 glyphs, one byte per row (low 5 bits, bit 4 = leftmost), for the characters used in labels.
struct glyph {
    char c;
    std::array<std::uint8_t, 7> rows;
};
constexpr glyph font[] = {
    {' ', {0, 0, 0, 0, 0, 0, 0}},
    {'0', {14, 17, 19, 21, 25, 17, 14}}, {'1', {4, 12, 4, 4, 4, 4, 14}}, {'2', {14, 17, 1, 2, 4, 8, 31}},
    {'3', {31, 2, 4, 2, 1, 17, 14}}, {'4', {2, 6, 10, 18, 31, 2, 2}}, {'5', {31, 16, 30, 1, 1, 17, 14}},
    {'6', {6, 8, 16, 30, 17, 17, 14}}, {'7', {31, 1, 2, 4, 8, 8, 8}}, {'8', {14, 17, 17, 14, 17, 17, 14}},
    {'9', {14, 17, 17, 15, 1, 2, 12}},
    {'A', {14, 17, 17, 31, 17, 17, 17}}, {'B', {30, 17, 17, 30, 17, 17, 30}}, {'C', {14, 17, 16, 16, 16, 17, 14}},
    {'D', {28, 18, 17, 17, 17, 18, 28}}, {'E', {31, 16, 16, 30, 16, 16, 31}}, {'F', {31, 16, 16, 30, 16, 16, 16}},
    {'G', {14, 17, 16, 23, 17, 17, 15}}, {'H', {17, 17, 17, 31, 17, 17, 17}}, {'I', {14, 4, 4, 4, 4, 4, 14}},
    {'J', {7, 2, 2, 2, 2, 18, 12}}, {'K', {17, 18, 20, 24, 20, 18, 17}}, {'L', {16, 16, 16, 16, 16, 16, 31}},
    {'M', {17, 27, 21, 21, 17, 17, 17}}, {'N', {17, 17, 25, 21, 19, 17, 17}}, {'O', {14, 17, 17, 17, 17, 17, 14}},
    {'P', {30, 17, 17, 30, 16, 16, 16}}, {'Q', {14, 17, 17, 17, 21, 18, 13}}, {'R', {30, 17, 17, 30, 20, 18, 17}},
    {'S', {15, 16, 16, 14, 1, 1, 30}}, {'T', {31, 4, 4, 4, 4, 4, 4}}, {'U', {17, 17, 17, 17, 17, 17, 14}},
    {'V', {17, 17, 17, 17, 17, 10, 4}}, {'W', {17, 17, 17, 21, 21, 21, 10}}, {'X', {17, 17, 10, 4, 10, 17, 17}},
    {'Y', {17, 17, 17, 10, 4, 4, 4}}, {'Z', {31, 1, 2, 4, 8, 16, 31}},
    {'.', {0, 0, 0, 0, 0, 12, 12}}, {',', {0, 0, 0, 0, 12, 4, 8}}, {':', {0, 12, 12, 0, 12, 12, 0}},
    {'-', {0, 0, 0, 31, 0, 0, 0}}, {'_', {0, 0, 0, 0, 0, 0, 31}}, {'/', {1, 1, 2, 4, 8, 16, 16}},
    {'(', {2, 4, 8, 8, 8, 4, 2}}, {')', {8, 4, 2, 2, 2, 4, 8}}, {'%', {24, 25, 2, 4, 8, 19, 3}},
    {'=', {0, 0, 31, 0, 31, 0, 0}}, {'+', {0, 4, 4, 31, 4, 4, 0}}, {'x', {0, 0, 17, 10, 4, 10, 17}},
    {'<', {2, 4, 8, 16, 8, 4, 2}}, {'>', {8, 4, 2, 1, 2, 4, 8}}, {'*', {0, 4, 21, 14, 21, 4, 0}},
};

const glyph* find_glyph(char c) {
    if (c >= 'a' && c <= 'z' && c != 'x') c = static_cast<char>(c - 'a' + 'A');
    for (const auto& g : font)
        if (g.c == c) return &g;
    return &font[0];
}

struct image {
    int w, h;
    std::vector<std::uint8_t> rgb;
    image(int w_, int h_) : w{w_}, h{h_}, rgb(static_cast<std::size_t>(w_ * h_ * 3), 255) {}
    void put(int x, int y, std::array<std::uint8_t, 3> c) {
        if (x < 0 || y < 0 || x >= w || y >= h) return;
        auto i = static_cast<std::size_t>((y * w + x) * 3);
        rgb[i] = c[0];
        rgb[i + 1] = c[1];
        rgb[i + 2] = c[2];
    }
    void rect(int x0, int y0, int x1, int y1, std::array<std::uint8_t, 3> c) {
        for (int y = y0; y < y1; ++y)
            for (int x = x0; x < x1; ++x) put(x, y, c);
    }
    void text(int x, int y, const std::string& s, int scale, std::array<std::uint8_t, 3> c) {
        for (char ch : s) {
            const glyph* g = find_glyph(ch);
            for (int r = 0; r < 7; ++r)
                for (int b = 0; b < 5; ++b)
                    if (g->rows[static_cast<std::size_t>(r)] & (1U << (4 - b)))
                        rect(x + b * scale, y + r * scale, x + (b + 1) * scale, y + (r + 1) * scale, c);
            x += 6 * scale;
        }
    }
};

std::uint32_t crc32(const std::uint8_t* p, std::size_t n, std::uint32_t crc = 0) {
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1U) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    crc = ~crc;
    for (std::size_t i = 0; i < n; ++i) crc = table[(crc ^ p[i]) & 0xFFU] ^ (crc >> 8);
    return ~crc;
}

void put32(std::vector<std::uint8_t>& v, std::uint32_t x) {
    for (int s = 24; s >= 0; s -= 8) v.push_back(static_cast<std::uint8_t>(x >> s));
}

void chunk(std::ofstream& out, const char* type, const std::vector<std::uint8_t>& data) {
    std::vector<std::uint8_t> buf;
    put32(buf, static_cast<std::uint32_t>(data.size()));
    buf.insert(buf.end(), type, type + 4);
    buf.insert(buf.end(), data.begin(), data.end());
    put32(buf, crc32(buf.data() + 4, buf.size() - 4));
    out.write(reinterpret_cast<const char*>(buf.data()), static_cast<std::streamsize>(buf.size()));
}

bool write_png(const image& img, const std::string& path) {
    std::ofstream out(path, std::ios::binary);
    if (!out) return false;
    const std::uint8_t sig[] = {137, 80, 78, 71, 13, 10, 26, 10};
    out.write(reinterpret_cast<const char*>(sig), 8);
    std::vector<std::uint8_t> ihdr;
    put32(ihdr, static_cast<std::uint32_t>(img.w));
    put32(ihdr, static_cast<std::uint32_t>(img.h));
    ihdr.insert(ihdr.end(), {8, 2, 0, 0, 0});  // 8-bit RGB
    chunk(out, "IHDR", ihdr);
    // Raw scanlines, filter byte 0 each.
    std::vector<std::uint8_t> raw;
    const std::size_t stride = static_cast<std::size_t>(img.w) * 3;
    for (int y = 0; y < img.h; ++y) {
        raw.push_back(0);
        raw.insert(raw.end(), img.rgb.begin() + static_cast<std::ptrdiff_t>(y * stride),
                   img.rgb.begin() + static_cast<std::ptrdiff_t>((y + 1) * stride));
    }
    // zlib stream of stored blocks (at most 65,535 bytes each) + Adler-32.
    std::vector<std::uint8_t> z{0x78, 0x01};
    std::uint32_t a = 1, b = 0;
    for (auto byte : raw) {
        a = (a + byte) % 65521U;
        b = (b + a) % 65521U;
    }
    for (std::size_t off = 0; off < raw.size() || off == 0;) {
        const std::size_t n = std::min<std::size_t>(65535, raw.size() - off);
        const bool last = off + n >= raw.size();
        z.push_back(last ? 1 : 0);
        z.push_back(static_cast<std::uint8_t>(n & 0xFF));
        z.push_back(static_cast<std::uint8_t>(n >> 8));
        z.push_back(static_cast<std::uint8_t>(~n & 0xFF));
        z.push_back(static_cast<std::uint8_t>((~n >> 8) & 0xFF));
        z.insert(z.end(), raw.begin() + static_cast<std::ptrdiff_t>(off), raw.begin() + static_cast<std::ptrdiff_t>(off + n));
        off += n;
        if (last) break;
    }
    put32(z, (b << 16) | a);
    chunk(out, "IDAT", z);
    chunk(out, "IEND", {});
    return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: png_chart OUT.png TITLE < label<TAB>value<TAB>unit lines\n";
        return 2;
    }
    struct bar {
        std::string label;
        double value;
        std::string unit;
    };
    std::vector<bar> bars;
    std::string line;
    while (std::getline(std::cin, line)) {
        std::istringstream in(line);
        bar b;
        std::string value;
        if (!std::getline(in, b.label, '\t') || !std::getline(in, value, '\t')) continue;
        std::getline(in, b.unit);
        try {
            b.value = std::stod(value);
        } catch (...) {
            std::cerr << "png_chart: bad value \"" << value << "\" in line: " << line << '\n';
            continue;
        }
        bars.push_back(b);
    }
    std::map<std::string, double> max_of;
    for (const auto& b : bars) max_of[b.unit] = std::max(max_of[b.unit], b.value);

    const int scale = 2, row_h = 34, left = 520, bar_w = 560;
    image img(left + bar_w + 260, 70 + row_h * static_cast<int>(bars.size()) + 20);
    img.text(16, 16, argv[2], 3, {20, 20, 20});
    const std::array<std::array<std::uint8_t, 3>, 4> colors{{{52, 101, 164}, {78, 154, 6}, {206, 92, 0}, {117, 80, 123}}};
    std::map<std::string, std::size_t> color_of;
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const auto& b = bars[i];
        if (!color_of.count(b.unit)) color_of[b.unit] = color_of.size() % colors.size();
        const int y = 70 + row_h * static_cast<int>(i);
        img.text(16, y + 6, b.label, scale, {20, 20, 20});
        const double m = max_of[b.unit];
        const int len = m > 0 ? static_cast<int>(b.value / m * bar_w) : 0;
        img.rect(left, y + 2, left + std::max(len, 1), y + row_h - 6, colors[color_of[b.unit]]);
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.3g %s", b.value, b.unit.c_str());
        img.text(left + std::max(len, 1) + 8, y + 6, buf, scale, {20, 20, 20});
    }
    if (!write_png(img, argv[1])) {
        std::cerr << "png_chart: cannot write " << argv[1] << '\n';
        return 1;
    }
    return 0;
}
