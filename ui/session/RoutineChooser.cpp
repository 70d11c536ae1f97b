#include "ui/session/RoutineChooser.h"

#include "core/common/LocaleFormat.h"
#include "core/session/SessionPlan.h"
#include "ui/figure/FigureStyle.h"
#include "ui/figure/IllustrationRenderer.h"

#include <QEvent>
#include <QFontInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace carrywell::ui {
namespace {

/// A card drawn in the palette's own colours, so it follows the theme.
class Card : public QWidget
{
public:
    explicit Card(QWidget* parent) : QWidget(parent) {}

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    }
};

/// "About 12 min", to start the card's line of facts.
QString minutes(qint64 ms)
{
    QString text = core::LocaleFormat::aboutMinutes(int((ms + 500) / 1000));
    text[0] = text[0].toUpper();
    return text;
}

// Cards this wide at least before a second column is added.
constexpr int kCardWidthInLetters = 26;
// Card padding, and the pictures' largest width and their shape.
constexpr int kCardMargin = 16;
constexpr int kLargestPicture = 190;
constexpr double kPictureShape = 0.62;

} // namespace

RoutineChooser::RoutineChooser(const core::ContentLibrary& library, QWidget* parent)
    : QWidget(parent), m_library(library), m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("routineChooser"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(12);
    for (const core::Routine& routine : m_library.routines())
        m_cards.append(card(routine));
    arrange();
}

void RoutineChooser::setProfile(const core::SuitabilityProfile& profile)
{
    for (const core::Routine& routine : m_library.routines()) {
        QLabel* label = m_suitability.value(routine.id);
        if (!label)
            continue;
        const core::EarliestWeeks weeks = core::RuleBook::earliestWeeks(routine, m_library);
        QString text = weeks.vaginal == 0 && weeks.caesarean == 0
                           ? tr("Suits from the first days after birth.")
                           : tr("From week %1 after birth; week %2 after a caesarean.")
                                 .arg(weeks.vaginal)
                                 .arg(weeks.caesarean);
        const core::Suitability fit = core::RuleBook::forRoutine(routine, m_library, profile);
        // Only a known number of weeks can say "not yet"; a condition always can.
        if (fit.fit == core::Suitability::Fit::Avoid) {
            const core::Exercise* decider = m_library.exercise(fit.exerciseId);
            const QString name = decider ? decider->name : fit.exerciseId;
            const QString why =
                fit.avoidedFor == core::Suitability::Condition::PelvicGirdlePain
                    ? tr("“%1” in it is best left for now with pelvic girdle pain.").arg(name)
                    : tr("“%1” in it is best left for now with a gap between your belly muscles.")
                          .arg(name);
            text = QStringLiteral("<b>%1</b> ").arg(tr("Not for you now.").toHtmlEscaped()) +
                   why.toHtmlEscaped();
        } else if (profile.weeksSinceBirth && !fit.suits()) {
            text = QStringLiteral("<b>%1</b> ").arg(tr("Not yet for you.").toHtmlEscaped()) +
                   text.toHtmlEscaped();
        } else {
            text = text.toHtmlEscaped();
        }
        if (!fit.suits() && (fit.fit == core::Suitability::Fit::Avoid || profile.weeksSinceBirth)) {
            if (const core::Routine* nearest =
                    core::RuleBook::nearestSuitable(routine, m_library, profile))
                text +=
                    QLatin1Char(' ') + tr("“%1” suits you now.").arg(nearest->name).toHtmlEscaped();
        }
        label->setText(text);
    }
}

QWidget* RoutineChooser::card(const core::Routine& routine)
{
    auto* card = new Card(this);
    card->setObjectName(QStringLiteral("routineCard-") + routine.id);
    const int base = QFontInfo(font()).pixelSize();

    auto* name = new QLabel(routine.name, card);
    name->setObjectName(QStringLiteral("routineName"));
    name->setWordWrap(true);
    QFont nameFont = name->font();
    nameFont.setPixelSize(base * 13 / 10);
    nameFont.setBold(true);
    name->setFont(nameFont);

    QStringList exercises;
    for (const core::RoutineItem& item : routine.items) {
        const core::Exercise* exercise = m_library.exercise(item.exerciseId);
        exercises << (exercise ? exercise->name : item.exerciseId);
    }
    const core::Result<core::SessionPlan> plan = core::SessionPlan::forRoutine(routine, m_library);
    QStringList facts;
    if (plan)
        facts << minutes(plan->totalMs());
    facts << (exercises.size() == 1
                  ? tr("1 exercise")
                  : tr("%1 exercises").arg(core::LocaleFormat::number(exercises.size())));
    auto* meta = new QLabel(facts.join(QStringLiteral(" · ")), card);
    meta->setObjectName(QStringLiteral("routineFacts"));
    meta->setWordWrap(true);

    auto* summary = new QLabel(routine.summary, card);
    summary->setObjectName(QStringLiteral("routineSummary"));
    summary->setWordWrap(true);

    // When it suits from; setProfile() adds whether it suits her yet.
    auto* suitability = new QLabel(card);
    suitability->setObjectName(QStringLiteral("routineSuitability"));
    suitability->setWordWrap(true);
    m_suitability.insert(routine.id, suitability);

    auto* contents = new QLabel(exercises.join(QStringLiteral(" · ")), card);
    contents->setObjectName(QStringLiteral("routineExercises"));
    contents->setWordWrap(true);
    for (QLabel* quiet : {meta, contents}) {
        QPalette p = quiet->palette();
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
        quiet->setPalette(p);
    }

    // Small pictures of the exercises, drawn once the card's width is known.
    auto* pictureRow = new QWidget(card);
    pictureRow->setObjectName(QStringLiteral("routinePictures"));
    auto* pictures = new QHBoxLayout(pictureRow);
    pictures->setContentsMargins(0, 4, 0, 0);
    pictures->setSpacing(6);
    QList<Picture> drawn;
    for (const core::RoutineItem& item : routine.items) {
        const core::Exercise* exercise = m_library.exercise(item.exerciseId);
        const core::Illustration* illustration =
            exercise ? m_library.illustration(exercise->id) : nullptr;
        if (!illustration)
            continue;
        auto* picture = new QLabel(pictureRow);
        picture->setObjectName(QStringLiteral("routinePicture"));
        picture->setToolTip(exercise->name);
        pictures->addWidget(picture);
        drawn.append({exercise, illustration, picture});
    }
    pictures->addStretch(1);
    pictureRow->setVisible(m_picturesShown);
    m_pictureRows.append(pictureRow);
    m_pictures.append(drawn);

    auto* start = new QPushButton(tr("Start"), card);
    start->setObjectName(QStringLiteral("startRoutineButton"));
    start->setProperty("routineId", routine.id);
    start->setAccessibleName(tr("Start %1").arg(routine.name));
    start->setToolTip(tr("Start “%1” as a guided session").arg(routine.name));
    // Enter starts it too, as on a dialog's default button.
    start->setAutoDefault(true);
    start->setMinimumSize(base * 8, base * 5 / 2);
    connect(start, &QPushButton::clicked, this,
            [this, id = routine.id] { emit startRequested(id); });
    m_starts.append(start);

    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(kCardMargin, 14, kCardMargin, 14);
    layout->addWidget(name);
    layout->addWidget(meta);
    layout->addWidget(suitability);
    layout->addSpacing(4);
    layout->addWidget(summary);
    layout->addWidget(pictureRow);
    layout->addWidget(contents);
    layout->addStretch(1);
    layout->addSpacing(6);
    layout->addWidget(start, 0, Qt::AlignLeft);
    return card;
}

void RoutineChooser::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange();
    drawPictures();
}

void RoutineChooser::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_pictureSize = {}; // drawn again in the theme's colours
        drawPictures();
    }
}

void RoutineChooser::setPicturesShown(bool shown)
{
    if (shown == m_picturesShown)
        return;
    m_picturesShown = shown;
    for (QWidget* row : m_pictureRows)
        row->setVisible(shown);
    drawPictures();
}

void RoutineChooser::drawPictures()
{
    if (!m_picturesShown || m_columns == 0)
        return;
    // The longest routine's pictures fit across a card, each at most kLargestPicture wide.
    const int spacing = m_grid->spacing() * (m_columns - 1);
    const int cardWidth = (width() - spacing) / m_columns - 2 * kCardMargin;
    qsizetype most = 1;
    for (const QList<Picture>& pictures : m_pictures)
        most = std::max(most, pictures.size());
    const int pictureWidth =
        std::clamp(int((cardWidth - 6 * (most - 1)) / most), 24, kLargestPicture);
    const QSize size(pictureWidth, int(pictureWidth * kPictureShape));
    if (size == m_pictureSize)
        return;
    m_pictureSize = size;
    const FigureStyle style = FigureStyle::forPalette(palette());
    for (const QList<Picture>& pictures : m_pictures) {
        for (const Picture& picture : pictures) {
            const IllustrationRenderer renderer(*picture.exercise, *picture.illustration, style);
            picture.label->setPixmap(
                QPixmap::fromImage(renderer.renderThumbnail(size, devicePixelRatioF())));
            picture.label->setFixedSize(size);
        }
    }
}

void RoutineChooser::arrange()
{
    const int cards = int(m_cards.size());
    const int cardWidth = QFontInfo(font()).pixelSize() * kCardWidthInLetters;
    // Two across at most: on a wide window the cards grow, with their pictures.
    const int columns =
        cards > 1 && width() + m_grid->spacing() >= 2 * (cardWidth + m_grid->spacing()) ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QWidget* card : m_cards)
        m_grid->removeWidget(card);
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, 0);
    for (int i = 0; i < cards; ++i)
        m_grid->addWidget(m_cards.at(i), i / columns, i % columns);
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1);
    // Tab goes through the cards as they read, row by row.
    for (int i = 1; i < m_starts.size(); ++i)
        setTabOrder(m_starts.at(i - 1), m_starts.at(i));
}

} // namespace carrywell::ui
