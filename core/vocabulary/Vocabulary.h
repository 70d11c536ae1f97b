#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace carrywell::core {

// The fixed vocabularies of the content. Their ids are an interface: content
// files, the command line and the journal all spell them this way.

enum class Region
{
    Neck,
    UpperBack,
    LowerBack,
    HipsGlutes,
    PelvicFloor,
    Core,
    ChestShoulders,
};

// In the order a gentle session builds up, which is also display order.
enum class Category
{
    Breathing,
    Core,
    Mobility,
    Stretch,
    Release,
    Strength,
    Posture,
};

enum class Equipment
{
    Band,
    FoamRoller,
    ReleaseBall,
    Couch,
    Wall,
    Chair,
    Doorway,
    Mat,
    Weight,
    Pillow,
};

enum class Position
{
    Standing,
    Sitting,
    Kneeling,
    AllFours,
    LyingBack,
    LyingSide,
    LyingFront,
};

/// Which side of the body map shows a region.
enum class RegionView
{
    Front,
    Back,
};

QString toId(Region value);
QString toId(Category value);
QString toId(Equipment value);
QString toId(Position value);
QString toId(RegionView value);

/// Parses an id; std::nullopt when it is not one of the known ids.
template <typename E>
std::optional<E> fromId(QStringView id);
/// The same for an id read as bytes (ids are ASCII).
template <typename E>
std::optional<E> fromId(QLatin1StringView id);

/// Every value of the vocabulary, in display order.
template <typename E>
QList<E> allValues();

/// All ids of a vocabulary joined for messages: "neck, upper-back, ...".
template <typename E>
QString idList();

/// Whether every home has it (a wall, a chair, a couch, a doorway, a pillow,
/// a floor or mat to lie on): assumed present, never asked about.
bool isHousehold(Equipment value);
/// What one buys (band, foam roller, release ball, weight): the equipment
/// the filters and the profile ask about.
QList<Equipment> boughtEquipment();

/// Plain-language name for the interface (translatable).
QString displayName(Category value);
QString displayName(Equipment value);
QString displayName(Position value);

} // namespace carrywell::core
