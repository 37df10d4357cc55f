// Value: the dynamic value a task returns, as a Python object would be.
//
// Tasks complete their future with a Value so that the trace can show `repr(result)` as CPython
// does, and so that gather() returns a list. Kept small: None, bool, int, float, str, list and
// an exception (for gather(return_exceptions=True)).
#pragma once

#include <cstdint>
#include <exception>
#include <memory>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

namespace loopscope {

struct NoneType {
    bool operator==(const NoneType &) const = default;
};
/// Python's None.
inline constexpr NoneType None{};

class Value;
using List = std::vector<Value>;
/// A Python tuple: the same items as a list, shown with parentheses.
struct Tuple {
    List items;
};

class Value {
public:
    // Strings and lists are shared (immutable once made), which keeps a Value at 24 bytes:
    // every future holds one.
    using Storage =
        std::variant<NoneType, bool, std::int64_t, double, std::shared_ptr<const std::string>,
                     std::shared_ptr<List>, std::exception_ptr, std::shared_ptr<const Tuple>>;

    Value() = default;
    Value(NoneType) {}
    Value(bool b)
        : m_v(b) {}
    template<class I>
    requires(std::is_integral_v<I> && !std::is_same_v<I, bool>) Value(I i)
        : m_v(static_cast<std::int64_t>(i)) {}
    Value(double d)
        : m_v(d) {}
    Value(const char *s)
        : m_v(std::make_shared<const std::string>(s)) {}
    Value(std::string s)
        : m_v(std::make_shared<const std::string>(std::move(s))) {}
    Value(List l)
        : m_v(std::make_shared<List>(std::move(l))) {}
    Value(std::exception_ptr e)
        : m_v(std::move(e)) {}
    Value(Tuple t)
        : m_v(std::make_shared<const Tuple>(std::move(t))) {}

    bool isNone() const { return std::holds_alternative<NoneType>(m_v); }
    bool isInt() const { return std::holds_alternative<std::int64_t>(m_v); }
    bool isFloat() const { return std::holds_alternative<double>(m_v); }
    bool isStr() const { return std::holds_alternative<std::shared_ptr<const std::string>>(m_v); }
    bool isList() const { return std::holds_alternative<std::shared_ptr<List>>(m_v); }
    bool isException() const { return std::holds_alternative<std::exception_ptr>(m_v); }
    bool isTuple() const { return std::holds_alternative<std::shared_ptr<const Tuple>>(m_v); }
    const Tuple &asTuple() const;

    std::int64_t asInt() const;
    double asFloat() const;
    bool asBool() const;
    const std::string &asStr() const;
    const List &asList() const;
    std::exception_ptr asException() const;

    /// Python's repr(value).
    std::string repr() const;
    /// Python's str(value).
    std::string str() const;

    template<class T>
    T as() const {
        if constexpr (std::is_same_v<T, Value>)
            return *this;
        else if constexpr (std::is_same_v<T, bool>)
            return asBool();
        else if constexpr (std::is_integral_v<T>)
            return static_cast<T>(asInt());
        else if constexpr (std::is_floating_point_v<T>)
            return static_cast<T>(asFloat());
        else if constexpr (std::is_same_v<T, std::string>)
            return asStr();
        else if constexpr (std::is_same_v<T, List>)
            return asList();
        else if constexpr (std::is_same_v<T, std::exception_ptr>)
            return asException();
        else
            static_assert(sizeof(T) == 0, "unsupported Value conversion");
    }

    bool operator==(const Value &o) const;
    /// A list result (gather's) used as a List.
    operator const List &() const { return asList(); }

    const Storage &storage() const { return m_v; }

private:
    Storage m_v;
};

/// Python's repr(float): the shortest decimal that round-trips, always with '.' or an exponent
/// ("1.0", "0.1", "1e-05", "1e+16"), switching to exponent form as float_repr_style 'r' does.
std::string floatRepr(double d);
/// Python's round(x, ndigits): the double nearest to x correctly rounded to ndigits decimals
/// (ties to even on the exact binary value), as float.__round__ does.
double round(double x, int ndigits);
/// Python's repr(str) (single quotes unless the text has a ' and no ").
std::string strRepr(const std::string &s);

} // namespace loopscope
