// Intrusive reference counting and a size-class pool for the engine's small objects.
//
// Futures, tasks, timers and combinator states are shared by the loop's queues and by whoever
// awaits them; a plain counter (the engine is single-threaded) is the cheapest way to free
// them exactly when the last handle, callback or awaiter lets go.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <utility>
#include <vector>

namespace loopscope::detail {

/// A free list per 16-byte size class up to 1 KiB; larger blocks go to operator new.
/// Blocks are never returned to the system until the thread ends, which is what makes task
/// creation cheap in the spawn benchmark (no malloc per task or frame once warm).
class Pool {
public:
    static void *allocate(std::size_t n);
    static void deallocate(void *p, std::size_t n) noexcept;
};

class RefCounted {
public:
    RefCounted() = default;
    RefCounted(const RefCounted &) = delete;
    RefCounted &operator=(const RefCounted &) = delete;
    virtual ~RefCounted() = default;

    void incRef() noexcept { ++m_refs; }
    void decRef() noexcept {
        if (--m_refs == 0)
            delete this;
    }
    std::uint32_t refs() const noexcept { return m_refs; }

    static void *operator new(std::size_t n) { return Pool::allocate(n); }
    static void operator delete(void *p, std::size_t n) noexcept { Pool::deallocate(p, n); }

private:
    std::uint32_t m_refs = 0;
};

inline void incref(RefCounted *p) noexcept {
    if (p)
        p->incRef();
}
inline void decref(RefCounted *p) noexcept {
    if (p)
        p->decRef();
}

/// An owning pointer to a RefCounted object.
template<class T>
class Ref {
public:
    Ref() = default;
    Ref(T *p)
        : m_p(p) {
        incref(m_p);
    }
    Ref(const Ref &o)
        : m_p(o.m_p) {
        incref(m_p);
    }
    Ref(Ref &&o) noexcept
        : m_p(std::exchange(o.m_p, nullptr)) {}
    template<class U>
    Ref(const Ref<U> &o)
        : m_p(o.get()) {
        incref(m_p);
    }
    ~Ref() { decref(m_p); }
    Ref &operator=(std::nullptr_t) noexcept {
        decref(std::exchange(m_p, nullptr));
        return *this;
    }
    Ref &operator=(Ref o) noexcept {
        std::swap(m_p, o.m_p);
        return *this;
    }
    T *get() const noexcept { return m_p; }
    T *operator->() const noexcept { return m_p; }
    T &operator*() const noexcept { return *m_p; }
    explicit operator bool() const noexcept { return m_p != nullptr; }
    bool operator==(const Ref &o) const noexcept { return m_p == o.m_p; }

private:
    T *m_p = nullptr;
};

} // namespace loopscope::detail
