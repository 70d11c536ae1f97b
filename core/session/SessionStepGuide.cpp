#include "core/session/SessionStepGuide.h"

#include <algorithm>

namespace carrywell::core {
namespace {

// A single long hold shows how to get into it for this long, at most for
// this share of the hold, before it shows how to stay there.
constexpr qint64 kGettingIntoHoldMs = 10000;
constexpr double kGettingIntoHoldShare = 0.4;

} // namespace

SessionStepGuide::SessionStepGuide(const Exercise& exercise, const Illustration* illustration)
    : m_count(static_cast<int>(exercise.steps.size()))
{
    // Without one picture per step nothing ties the words to the movement.
    if (!illustration || illustration->steps.size() != exercise.steps.size() || m_count == 0)
        return;
    const QList<IllustrationStep>& steps = illustration->steps;
    const QString start = illustration->movement.fromPose;
    const QString end = illustration->movement.finalPose();
    const auto find = [&steps](int from, auto&& matches) {
        for (int i = std::max(from, 0); i < steps.size(); ++i) {
            if (matches(steps.at(i)))
                return i;
        }
        return -1;
    };

    // Moving out: the step drawn as a move into the movement's end pose.
    m_out = find(0, [&](const IllustrationStep& s) { return s.isMovement() && s.toPose == end; });
    if (m_out < 0)
        m_out = find(0, [&](const IllustrationStep& s) { return s.finalPose() == end; });
    if (m_out < 0)
        m_out = find(0, [](const IllustrationStep& s) { return s.isMovement(); });
    if (m_out < 0)
        m_out = 0;
    // Holding: a still picture of the end pose after it, else the move itself.
    m_hold = find(m_out + 1,
                  [&](const IllustrationStep& s) { return !s.isMovement() && s.fromPose == end; });
    if (m_hold < 0)
        m_hold = m_out;
    // Coming back: a move out of the end pose, else a picture of the start.
    m_back = find(m_out + 1,
                  [&](const IllustrationStep& s) { return s.isMovement() && s.fromPose == end; });
    if (m_back < 0) {
        m_back = find(std::max(m_out, m_hold) + 1,
                      [&](const IllustrationStep& s) { return s.finalPose() == start; });
    }
    if (m_back < 0)
        m_back = m_out;
}

int SessionStepGuide::stepFor(const SessionSegment& segment, qint64 elapsedMs) const
{
    if (m_count == 0)
        return -1;
    switch (segment.kind) {
    case SegmentKind::GetReady:
        return 0;
    case SegmentKind::Out:
    case SegmentKind::BreatheIn:
    case SegmentKind::Work:
        return m_out;
    case SegmentKind::Hold:
        // A hold inside a rep follows its move out; a single long hold
        // (rep 0) has no move before it, so it starts with how to get there.
        if (segment.rep == 0 && m_out >= 0 &&
            elapsedMs < std::min<qint64>(kGettingIntoHoldMs,
                                         qint64(segment.durationMs * kGettingIntoHoldShare))) {
            return m_out;
        }
        return m_hold;
    case SegmentKind::Back:
    case SegmentKind::BreatheOut:
        return m_back;
    case SegmentKind::SwitchSides:
    case SegmentKind::Rest:
    case SegmentKind::BetweenExercises:
        break;
    }
    return -1;
}

} // namespace carrywell::core
