#pragma once

#include <cmath>
#include <numbers>

namespace carrywell::core {

/// A point or direction in the figure's space, in centimetres: x forward (the
/// way the figure faces when not turned), y up, z to the figure's left.
struct Vec3
{
    double x = 0;
    double y = 0;
    double z = 0;

    Vec3 operator+(const Vec3& o) const { return {x + o.x, y + o.y, z + o.z}; }
    Vec3 operator-(const Vec3& o) const { return {x - o.x, y - o.y, z - o.z}; }
    Vec3 operator-() const { return {-x, -y, -z}; }
    Vec3 operator*(double s) const { return {x * s, y * s, z * s}; }
    Vec3 operator/(double s) const { return {x / s, y / s, z / s}; }
    Vec3& operator+=(const Vec3& o) { return *this = *this + o; }
    bool operator==(const Vec3&) const = default;

    double dot(const Vec3& o) const { return x * o.x + y * o.y + z * o.z; }
    Vec3 cross(const Vec3& o) const
    {
        return {y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x};
    }
    double length() const { return std::sqrt(dot(*this)); }
    Vec3 normalized() const
    {
        const double l = length();
        return l > 1e-12 ? *this / l : Vec3{0, 1, 0};
    }
};

inline Vec3 lerp(const Vec3& a, const Vec3& b, double t)
{
    return a + (b - a) * t;
}

constexpr double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

constexpr double degrees(double radians)
{
    return radians * 180.0 / std::numbers::pi;
}

/// A rotation as three column axes: where a frame's forward (x), up (y) and
/// left (z) point.
struct Mat3
{
    Vec3 x{1, 0, 0};
    Vec3 y{0, 1, 0};
    Vec3 z{0, 0, 1};

    Vec3 operator*(const Vec3& v) const { return x * v.x + y * v.y + z * v.z; }
    Mat3 operator*(const Mat3& o) const { return {*this * o.x, *this * o.y, *this * o.z}; }
    /// The same vector in this frame's own axes (the inverse rotation).
    Vec3 local(const Vec3& v) const { return {x.dot(v), y.dot(v), z.dot(v)}; }

    /// Turning about the forward axis: up towards left for positive degrees.
    static Mat3 aboutX(double deg)
    {
        const double c = std::cos(radians(deg));
        const double s = std::sin(radians(deg));
        return {{1, 0, 0}, {0, c, s}, {0, -s, c}};
    }
    /// Turning about the up axis: left towards forward for positive degrees.
    static Mat3 aboutY(double deg)
    {
        const double c = std::cos(radians(deg));
        const double s = std::sin(radians(deg));
        return {{c, 0, -s}, {0, 1, 0}, {s, 0, c}};
    }
    /// Turning about the left axis: forward towards up for positive degrees.
    static Mat3 aboutZ(double deg)
    {
        const double c = std::cos(radians(deg));
        const double s = std::sin(radians(deg));
        return {{c, s, 0}, {-s, c, 0}, {0, 0, 1}};
    }
};

} // namespace carrywell::core
