#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace carrywell::core {

/// A failure with a message written for the person using the app.
struct Error
{
    QString message;
};

/// Either a value or an Error; errors never cross layers as exceptions.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error.message)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }

    const QString& error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace carrywell::core
