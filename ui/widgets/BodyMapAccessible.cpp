#include "ui/widgets/BodyMapAccessible.h"

#include "ui/widgets/BodyMapWidget.h"

namespace carrywell::ui {
namespace {

QAccessibleInterface* bodyMapFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String("carrywell::ui::BodyMapWidget") && object &&
        object->isWidgetType()) {
        return new BodyMapAccessible(static_cast<BodyMapWidget*>(object));
    }
    return nullptr;
}

} // namespace

void installBodyMapAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(bodyMapFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

BodyMapRegionAccessible::BodyMapRegionAccessible(BodyMapWidget* map, core::Region region)
    : m_map(map), m_region(region)
{
}

bool BodyMapRegionAccessible::isValid() const
{
    return m_map != nullptr;
}

QAccessibleInterface* BodyMapRegionAccessible::parent() const
{
    return QAccessible::queryAccessibleInterface(m_map);
}

QString BodyMapRegionAccessible::text(QAccessible::Text type) const
{
    switch (type) {
    case QAccessible::Name:
        return m_map->regionName(m_region);
    case QAccessible::Description:
        return BodyMapWidget::tr("Show exercises for this part of the body");
    default:
        return {};
    }
}

QRect BodyMapRegionAccessible::rect() const
{
    const QRect local = m_map->regionRect(m_region).toAlignedRect();
    return QRect(m_map->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::State BodyMapRegionAccessible::state() const
{
    QAccessible::State state;
    state.focusable = true;
    state.checkable = true;
    state.checked = m_map->selectedRegion() == m_region;
    state.focused = m_map->hasFocus() && m_map->focusedRegion() == m_region;
    state.invisible = !m_map->isVisible();
    return state;
}

void* BodyMapRegionAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface*>(this)
                                                : nullptr;
}

QStringList BodyMapRegionAccessible::actionNames() const
{
    return {pressAction(), toggleAction()};
}

void BodyMapRegionAccessible::doAction(const QString& actionName)
{
    if (actionName == pressAction() || actionName == toggleAction())
        m_map->activate(m_region);
}

BodyMapAccessible::BodyMapAccessible(BodyMapWidget* map)
    : QAccessibleWidget(map, QAccessible::Grouping)
{
    for (const core::Region region : core::allValues<core::Region>()) {
        m_children.append(
            QAccessible::registerAccessibleInterface(new BodyMapRegionAccessible(map, region)));
    }
}

BodyMapAccessible::~BodyMapAccessible()
{
    for (const QAccessible::Id id : m_children)
        QAccessible::deleteAccessibleInterface(id);
}

BodyMapWidget* BodyMapAccessible::map() const
{
    return static_cast<BodyMapWidget*>(widget());
}

int BodyMapAccessible::childCount() const
{
    return static_cast<int>(m_children.size());
}

QAccessibleInterface* BodyMapAccessible::child(int index) const
{
    if (index < 0 || index >= m_children.size())
        return nullptr;
    return QAccessible::accessibleInterface(m_children.at(index));
}

int BodyMapAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    for (int i = 0; i < m_children.size(); ++i) {
        if (QAccessible::accessibleInterface(m_children.at(i)) == child)
            return i;
    }
    return -1;
}

QAccessibleInterface* BodyMapAccessible::childAt(int x, int y) const
{
    const std::optional<core::Region> region = map()->regionAt(map()->mapFromGlobal(QPoint(x, y)));
    return region ? child(static_cast<int>(*region)) : nullptr;
}

QAccessibleInterface* BodyMapAccessible::focusChild() const
{
    const std::optional<core::Region> focused = map()->focusedRegion();
    return focused && map()->hasFocus() ? child(static_cast<int>(*focused)) : nullptr;
}

} // namespace carrywell::ui
