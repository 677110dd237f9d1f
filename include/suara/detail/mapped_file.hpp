// suara — internal: a whole regular file mapped read-only, where the platform allows it.
// Distributed under the Boost Software License, Version 1.0.
//
// Why: suara-audit parses a national CSV (100 MB and more) on every core; reading it with fread
// copies every byte once on one thread before any parsing starts. A mapping lets the parsing
// threads read the page cache directly. Where mapping is not possible (no POSIX, a pipe, a
// special file) `mapped()` is false and the caller reads the file in blocks as before.
#ifndef SUARA_DETAIL_MAPPED_FILE_HPP
#define SUARA_DETAIL_MAPPED_FILE_HPP

#include <cstddef>
#include <string>
#include <string_view>

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#define SUARA_HAS_MMAP 1
#endif

namespace suara::detail {

class mapped_file {
public:
    explicit mapped_file(const std::string& path) {
#if defined(SUARA_HAS_MMAP)
        const int fd = ::open(path.c_str(), O_RDONLY);
        if (fd < 0) return;
        struct stat st{};
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
            size_ = static_cast<std::size_t>(st.st_size);
            if (size_ == 0) {
                mapped_ = true;  // an empty file: nothing to map, nothing to read
            } else if (void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0); p != MAP_FAILED) {
                data_ = static_cast<const char*>(p);
                mapped_ = true;
                ::madvise(p, size_, MADV_SEQUENTIAL);
            } else {
                size_ = 0;
            }
        }
        ::close(fd);
#else
        (void)path;
#endif
    }
    ~mapped_file() {
#if defined(SUARA_HAS_MMAP)
        if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
#endif
    }
    mapped_file(const mapped_file&) = delete;
    mapped_file& operator=(const mapped_file&) = delete;

    /// Tells the system that the bytes [offset, offset + length) are read: their pages leave this
    /// process's resident set (they stay in the page cache), so memory does not grow with the file.
    void release(std::size_t offset, std::size_t length) const noexcept {
#if defined(SUARA_HAS_MMAP)
        if (data_ == nullptr || offset >= size_) return;
        static const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
        const std::size_t begin = (offset + page - 1) / page * page;  // whole pages only
        const std::size_t end = offset + length >= size_ ? size_ : (offset + length) / page * page;
        if (end > begin) ::madvise(const_cast<char*>(data_) + begin, end - begin, MADV_DONTNEED);
#else
        (void)offset;
        (void)length;
#endif
    }

    /// Whether the file is mapped (false: read it another way).
    [[nodiscard]] bool mapped() const noexcept { return mapped_; }
    [[nodiscard]] std::string_view view() const noexcept { return {data_ == nullptr ? "" : data_, size_}; }

private:
    const char* data_ = nullptr;
    std::size_t size_ = 0;
    bool mapped_ = false;
};

}  // namespace suara::detail

#endif  // SUARA_DETAIL_MAPPED_FILE_HPP
