#include "loopscope/value.hpp"
#include "loopscope/exceptions.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace loopscope {

std::int64_t Value::asInt() const {
    if (auto *b = std::get_if<bool>(&m_v))
        return *b ? 1 : 0;
    if (auto *i = std::get_if<std::int64_t>(&m_v))
        return *i;
    throw TypeError("value is not an int: " + repr());
}
double Value::asFloat() const {
    if (auto *d = std::get_if<double>(&m_v))
        return *d;
    return static_cast<double>(asInt());
}
bool Value::asBool() const {
    return std::visit(
        [](const auto &x) -> bool {
            using X = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<X, NoneType>)
                return false;
            else if constexpr (std::is_same_v<X, std::shared_ptr<const std::string>>)
                return !x->empty();
            else if constexpr (std::is_same_v<X, std::shared_ptr<List>>)
                return !x->empty();
            else if constexpr (std::is_same_v<X, std::exception_ptr>)
                return true;
            else if constexpr (std::is_same_v<X, std::shared_ptr<const Tuple>>)
                return !x->items.empty();
            else
                return x != 0;
        },
        m_v);
}
const std::string &Value::asStr() const {
    if (auto *s = std::get_if<std::shared_ptr<const std::string>>(&m_v))
        return **s;
    throw TypeError("value is not a str: " + repr());
}
const List &Value::asList() const {
    if (auto *l = std::get_if<std::shared_ptr<List>>(&m_v))
        return **l;
    throw TypeError("value is not a list: " + repr());
}
const Tuple &Value::asTuple() const {
    if (auto *t = std::get_if<std::shared_ptr<const Tuple>>(&m_v))
        return **t;
    throw TypeError("value is not a tuple: " + repr());
}

std::exception_ptr Value::asException() const {
    if (auto *e = std::get_if<std::exception_ptr>(&m_v))
        return *e;
    throw TypeError("value is not an exception: " + repr());
}

bool Value::operator==(const Value &o) const {
    if (isList() && o.isList())
        return asList() == o.asList();
    if ((isInt() || isFloat()) && (o.isInt() || o.isFloat()))
        return asFloat() == o.asFloat();
    if (isStr() && o.isStr())
        return asStr() == o.asStr();
    if (isTuple() && o.isTuple())
        return asTuple().items == o.asTuple().items;
    return m_v == o.m_v;
}

std::string floatRepr(double d) {
    if (std::isnan(d))
        return "nan";
    if (std::isinf(d))
        return d > 0 ? "inf" : "-inf";
    // Shortest round-trip digits, then Python's float_repr_style 'r' layout
    // (Python/pystrtod.c format_float_short): exponent form when decpt <= -4 or decpt > 16.
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    std::string sci(buf, res.ptr);
    bool neg = sci[0] == '-';
    if (neg)
        sci.erase(0, 1);
    auto epos = sci.find('e');
    std::string mant = sci.substr(0, epos);
    int exp = std::atoi(sci.c_str() + epos + 1);
    std::string digits;
    for (char c : mant)
        if (c != '.')
            digits += c;
    int decpt = exp + 1; // position of the decimal point relative to the digits
    std::string out = neg ? "-" : "";
    if (d == 0) {
        return out + "0.0";
    }
    if (decpt <= -4 || decpt > 16) {
        out += digits[0];
        if (digits.size() > 1) {
            out += '.';
            out += digits.substr(1);
        }
        char eb[16];
        std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        return out + eb;
    }
    if (decpt <= 0) {
        out += "0.";
        out += std::string(static_cast<std::size_t>(-decpt), '0');
        out += digits;
    } else if (static_cast<std::size_t>(decpt) >= digits.size()) {
        out += digits;
        out += std::string(static_cast<std::size_t>(decpt) - digits.size(), '0');
        out += ".0";
    } else {
        out += digits.substr(0, static_cast<std::size_t>(decpt));
        out += '.';
        out += digits.substr(static_cast<std::size_t>(decpt));
    }
    return out;
}

double round(double x, int ndigits) {
    // glibc's printf rounds the exact binary value correctly, as CPython's dtoa does.
    char buf[512];
    std::snprintf(buf, sizeof buf, "%.*f", ndigits, x);
    return std::strtod(buf, nullptr);
}

std::string strRepr(const std::string &s) {
    bool hasSingle = s.find('\'') != std::string::npos;
    bool hasDouble = s.find('"') != std::string::npos;
    char q = hasSingle && !hasDouble ? '"' : '\'';
    std::string out(1, q);
    for (unsigned char c : s) {
        if (c == static_cast<unsigned char>(q) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7f) {
            char b[8];
            std::snprintf(b, sizeof b, "\\x%02x", c);
            out += b;
        } else {
            out += static_cast<char>(c); // UTF-8 bytes of printable text stay as they are
        }
    }
    out += q;
    return out;
}

std::string Value::repr() const {
    return std::visit(
        [](const auto &x) -> std::string {
            using X = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<X, NoneType>)
                return "None";
            else if constexpr (std::is_same_v<X, bool>)
                return x ? "True" : "False";
            else if constexpr (std::is_same_v<X, std::int64_t>)
                return std::to_string(x);
            else if constexpr (std::is_same_v<X, double>)
                return floatRepr(x);
            else if constexpr (std::is_same_v<X, std::shared_ptr<const std::string>>)
                return strRepr(*x);
            else if constexpr (std::is_same_v<X, std::shared_ptr<List>>) {
                std::string out = "[";
                for (std::size_t i = 0; i < x->size(); ++i) {
                    if (i)
                        out += ", ";
                    out += (*x)[i].repr();
                }
                return out + "]";
            } else if constexpr (std::is_same_v<X, std::shared_ptr<const Tuple>>) {
                std::string out = "(";
                for (std::size_t i = 0; i < x->items.size(); ++i) {
                    if (i)
                        out += ", ";
                    out += x->items[i].repr();
                }
                return out + (x->items.size() == 1 ? ",)" : ")");
            } else {
                std::string msg = exceptionMessage(x);
                return std::string(exceptionTypeName(x)) + "(" + (msg.empty() ? "" : strRepr(msg)) +
                       ")";
            }
        },
        m_v);
}

std::string Value::str() const {
    if (auto *s = std::get_if<std::shared_ptr<const std::string>>(&m_v))
        return **s;
    if (auto *e = std::get_if<std::exception_ptr>(&m_v))
        return exceptionMessage(*e);
    return repr();
}

KeyError::KeyError(const std::string &key)
    : Exception(strRepr(key)) {}

const char *exceptionTypeName(const std::exception_ptr &e) {
    if (!e)
        return "NoneType";
    try {
        std::rethrow_exception(e);
    } catch (const BaseException &b) {
        return b.typeName();
    } catch (...) {
        return "Exception";
    }
}
std::string exceptionMessage(const std::exception_ptr &e) {
    if (!e)
        return "";
    try {
        std::rethrow_exception(e);
    } catch (const std::exception &b) {
        return b.what();
    } catch (...) {
        return "";
    }
}
bool isCancelledError(const std::exception_ptr &e) {
    if (!e)
        return false;
    try {
        std::rethrow_exception(e);
    } catch (const CancelledError &) {
        return true;
    } catch (...) {
        return false;
    }
}
bool isException(const std::exception_ptr &e) {
    if (!e)
        return false;
    try {
        std::rethrow_exception(e);
    } catch (const Exception &) {
        return true;
    } catch (const BaseException &) {
        return false;
    } catch (...) {
        return true;
    }
}

} // namespace loopscope
