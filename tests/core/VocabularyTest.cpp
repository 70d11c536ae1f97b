#include "core/vocabulary/Vocabulary.h"

#include <gtest/gtest.h>

using namespace carrywell::core;

TEST(Vocabulary, RegionIdsAreTheDocumentedInterface)
{
    QStringList ids;
    for (const Region region : allValues<Region>())
        ids.append(toId(region));
    EXPECT_EQ(ids, (QStringList{"neck", "upper-back", "lower-back", "hips-glutes", "pelvic-floor",
                                "core", "chest-shoulders"}));
}

TEST(Vocabulary, EveryIdRoundTrips)
{
    for (const Region v : allValues<Region>())
        EXPECT_EQ(fromId<Region>(toId(v)), v);
    for (const Category v : allValues<Category>())
        EXPECT_EQ(fromId<Category>(toId(v)), v);
    for (const Equipment v : allValues<Equipment>())
        EXPECT_EQ(fromId<Equipment>(toId(v)), v);
    for (const Position v : allValues<Position>())
        EXPECT_EQ(fromId<Position>(toId(v)), v);
    // Ids read as bytes (the journal reads region ids so).
    for (const Region v : allValues<Region>()) {
        const QByteArray bytes = toId(v).toLatin1();
        EXPECT_EQ(fromId<Region>(QLatin1StringView(bytes)), v);
    }
    EXPECT_FALSE(fromId<Region>(QLatin1StringView("lower back")).has_value());
    EXPECT_FALSE(fromId<Region>(QLatin1StringView("neckx")).has_value());
}

TEST(Vocabulary, UnknownOrMisspelledIdsAreRejected)
{
    EXPECT_FALSE(fromId<Region>(u"lower back").has_value());
    EXPECT_FALSE(fromId<Region>(u"Lower-Back").has_value());
    EXPECT_FALSE(fromId<Region>(u"").has_value());
    EXPECT_FALSE(fromId<Equipment>(u"kettlebell").has_value());
}

TEST(Vocabulary, EveryValueHasAName)
{
    for (const Category v : allValues<Category>())
        EXPECT_FALSE(displayName(v).isEmpty()) << toId(v).toStdString();
    for (const Equipment v : allValues<Equipment>())
        EXPECT_FALSE(displayName(v).isEmpty()) << toId(v).toStdString();
    for (const Position v : allValues<Position>())
        EXPECT_FALSE(displayName(v).isEmpty()) << toId(v).toStdString();
}
