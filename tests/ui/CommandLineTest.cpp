#include "cli/CommandLine.h"

#include <gtest/gtest.h>

using namespace carrywell;
using Options = ui::CommandLineOptions;

namespace {

core::Result<Options> parse(QStringList args)
{
    args.prepend("carrywell");
    return ui::CommandLine::parse(args);
}

} // namespace

TEST(CommandLine, NoArgumentsOpensTheWindow)
{
    const auto options = parse({});
    ASSERT_TRUE(options.ok());
    EXPECT_EQ(options->action, Options::Action::ShowWindow);
    EXPECT_TRUE(options->dataDir.isEmpty());
}

TEST(CommandLine, ListExercisesWithRegionAndFormat)
{
    const auto options = parse({"--list-exercises", "--region", "lower-back", "--format", "json"});
    ASSERT_TRUE(options.ok()) << options.error().toStdString();
    EXPECT_EQ(options->action, Options::Action::ListExercises);
    EXPECT_EQ(options->region, core::Region::LowerBack);
    EXPECT_EQ(options->format, Options::Format::Json);
}

TEST(CommandLine, DataAndContentFolders)
{
    const auto options = parse({"--data-dir", "/tmp/a", "--content-dir=/tmp/b"});
    ASSERT_TRUE(options.ok());
    EXPECT_EQ(options->dataDir, QStringLiteral("/tmp/a"));
    EXPECT_EQ(options->contentDir, QStringLiteral("/tmp/b"));
}

TEST(CommandLine, HelpAndVersion)
{
    EXPECT_EQ(parse({"--help"})->action, Options::Action::ShowHelp);
    EXPECT_EQ(parse({"--version"})->action, Options::Action::ShowVersion);
    const QString help = parse({"--help"})->helpText;
    for (const char* option :
         {"--list-exercises", "--region", "--format", "--data-dir", "--content-dir", "--version"})
        EXPECT_TRUE(help.contains(option)) << option;
    EXPECT_TRUE(help.startsWith("Usage: carrywell [options]")) << help.toStdString();
}

TEST(CommandLine, BadArgumentsGiveClearMessages)
{
    const auto region = parse({"--list-exercises", "--region", "shoulders"});
    ASSERT_FALSE(region.ok());
    EXPECT_EQ(region.error(),
              QStringLiteral("Unknown body region “shoulders”. Use one of: neck, upper-back, "
                             "lower-back, hips-glutes, pelvic-floor, core, chest-shoulders."));

    const auto format = parse({"--list-exercises", "--format", "xml"});
    ASSERT_FALSE(format.ok());
    EXPECT_EQ(format.error(), QStringLiteral("Unknown format “xml”. Use text or json."));

    const auto unknown = parse({"--frobnicate"});
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains("frobnicate"));

    const auto positional = parse({"extra"});
    ASSERT_FALSE(positional.ok());
    EXPECT_TRUE(positional.error().contains("extra"));

    const auto orphan = parse({"--region", "neck"});
    ASSERT_FALSE(orphan.ok());
    EXPECT_TRUE(orphan.error().contains("--list-exercises"));

    const auto emptyDir = parse({"--data-dir", ""});
    ASSERT_FALSE(emptyDir.ok());
}

TEST(CommandLine, BackgroundStartsTheWindowInTheTray)
{
    EXPECT_FALSE(parse({})->background);
    const auto options = parse({"--background", "--data-dir", "/tmp/a"});
    ASSERT_TRUE(options.ok()) << options.error().toStdString();
    EXPECT_EQ(options->action, Options::Action::ShowWindow);
    EXPECT_TRUE(options->background);
    EXPECT_TRUE(parse({"--help"})->helpText.contains("--background"));

    const auto withCommand = parse({"--background", "--list-exercises"});
    ASSERT_FALSE(withCommand.ok());
    EXPECT_EQ(withCommand.error(), QStringLiteral("--background starts Carrywell in the tray; it "
                                                  "does not go with --list-exercises."));
}
