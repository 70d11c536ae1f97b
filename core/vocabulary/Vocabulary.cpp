#include "core/vocabulary/Vocabulary.h"

#include "core/common/Translate.h"

#include <QCoreApplication>
#include <array>
#include <utility>

CARRYWELL_TR_CONTEXT(carrywell::core::Vocabulary);

namespace carrywell::core {
namespace {

template <typename E>
struct Table;

template <>
struct Table<Region>
{
    static constexpr std::array entries{
        std::pair{Region::Neck, "neck"},
        std::pair{Region::UpperBack, "upper-back"},
        std::pair{Region::LowerBack, "lower-back"},
        std::pair{Region::HipsGlutes, "hips-glutes"},
        std::pair{Region::PelvicFloor, "pelvic-floor"},
        std::pair{Region::Core, "core"},
        std::pair{Region::ChestShoulders, "chest-shoulders"},
    };
};

template <>
struct Table<Category>
{
    static constexpr std::array entries{
        std::pair{Category::Breathing, "breathing"}, std::pair{Category::Core, "core"},
        std::pair{Category::Mobility, "mobility"},   std::pair{Category::Stretch, "stretch"},
        std::pair{Category::Release, "release"},     std::pair{Category::Strength, "strength"},
        std::pair{Category::Posture, "posture"},
    };
};

template <>
struct Table<Equipment>
{
    static constexpr std::array entries{
        std::pair{Equipment::Band, "band"},
        std::pair{Equipment::FoamRoller, "foam-roller"},
        std::pair{Equipment::ReleaseBall, "release-ball"},
        std::pair{Equipment::Couch, "couch"},
        std::pair{Equipment::Wall, "wall"},
        std::pair{Equipment::Chair, "chair"},
        std::pair{Equipment::Doorway, "doorway"},
        std::pair{Equipment::Mat, "mat"},
        std::pair{Equipment::Weight, "weight"},
        std::pair{Equipment::Pillow, "pillow"},
    };
};

template <>
struct Table<Position>
{
    static constexpr std::array entries{
        std::pair{Position::Standing, "standing"},
        std::pair{Position::Sitting, "sitting"},
        std::pair{Position::Kneeling, "kneeling"},
        std::pair{Position::AllFours, "all-fours"},
        std::pair{Position::LyingBack, "lying-back"},
        std::pair{Position::LyingSide, "lying-side"},
        std::pair{Position::LyingFront, "lying-front"},
    };
};

template <>
struct Table<RegionView>
{
    static constexpr std::array entries{
        std::pair{RegionView::Front, "front"},
        std::pair{RegionView::Back, "back"},
    };
};

template <typename E>
QString idOf(E value)
{
    for (const auto& [v, id] : Table<E>::entries) {
        if (v == value)
            return QString::fromLatin1(id);
    }
    return {};
}

template <typename E, typename View>
std::optional<E> findId(View id)
{
    for (const auto& [v, name] : Table<E>::entries) {
        if (id == QLatin1StringView(name))
            return v;
    }
    return std::nullopt;
}

} // namespace

QString toId(Region value)
{
    return idOf(value);
}
QString toId(Category value)
{
    return idOf(value);
}
QString toId(Equipment value)
{
    return idOf(value);
}
QString toId(Position value)
{
    return idOf(value);
}
QString toId(RegionView value)
{
    return idOf(value);
}

template <typename E>
std::optional<E> fromId(QStringView id)
{
    return findId<E>(id);
}

template <typename E>
std::optional<E> fromId(QLatin1StringView id)
{
    return findId<E>(id);
}

template <typename E>
QList<E> allValues()
{
    QList<E> values;
    for (const auto& entry : Table<E>::entries)
        values.append(entry.first);
    return values;
}

template <typename E>
QString idList()
{
    QStringList ids;
    for (const auto& entry : Table<E>::entries)
        ids.append(QString::fromLatin1(entry.second));
    return ids.join(QStringLiteral(", "));
}

#define CARRYWELL_INSTANTIATE(E)                                                                   \
    template std::optional<E> fromId<E>(QStringView);                                              \
    template std::optional<E> fromId<E>(QLatin1StringView);                                        \
    template QList<E> allValues<E>();                                                              \
    template QString idList<E>();

CARRYWELL_INSTANTIATE(Region)
CARRYWELL_INSTANTIATE(Category)
CARRYWELL_INSTANTIATE(Equipment)
CARRYWELL_INSTANTIATE(Position)
CARRYWELL_INSTANTIATE(RegionView)
#undef CARRYWELL_INSTANTIATE

QString displayName(Category value)
{
    switch (value) {
    case Category::Breathing:
        return tr("Breathing");
    case Category::Mobility:
        return tr("Mobility");
    case Category::Stretch:
        return tr("Stretch");
    case Category::Strength:
        return tr("Strength");
    case Category::Core:
        return tr("Core");
    case Category::Release:
        return tr("Release");
    case Category::Posture:
        return tr("Posture");
    }
    return {};
}

QString displayName(Equipment value)
{
    switch (value) {
    case Equipment::Band:
        return tr("Resistance band");
    case Equipment::FoamRoller:
        return tr("Foam roller");
    case Equipment::ReleaseBall:
        return tr("Release ball");
    case Equipment::Couch:
        return tr("Couch");
    case Equipment::Wall:
        return tr("Wall");
    case Equipment::Chair:
        return tr("Chair");
    case Equipment::Doorway:
        return tr("Doorway");
    case Equipment::Mat:
        return tr("Mat or rug");
    case Equipment::Weight:
        return tr("Weight");
    case Equipment::Pillow:
        return tr("Pillow or cushion");
    }
    return {};
}

QString displayName(Position value)
{
    switch (value) {
    case Position::Standing:
        return tr("Standing");
    case Position::Sitting:
        return tr("Sitting");
    case Position::Kneeling:
        return tr("Kneeling");
    case Position::AllFours:
        return tr("On hands and knees");
    case Position::LyingBack:
        return tr("Lying on your back");
    case Position::LyingSide:
        return tr("Lying on your side");
    case Position::LyingFront:
        return tr("Lying on your front");
    }
    return {};
}

bool isHousehold(Equipment value)
{
    switch (value) {
    case Equipment::Band:
    case Equipment::FoamRoller:
    case Equipment::ReleaseBall:
    case Equipment::Weight:
        return false;
    case Equipment::Couch:
    case Equipment::Wall:
    case Equipment::Chair:
    case Equipment::Doorway:
    case Equipment::Mat:
    case Equipment::Pillow:
        return true;
    }
    return true;
}

QList<Equipment> boughtEquipment()
{
    QList<Equipment> bought;
    for (const Equipment value : allValues<Equipment>()) {
        if (!isHousehold(value))
            bought.append(value);
    }
    return bought;
}

} // namespace carrywell::core
