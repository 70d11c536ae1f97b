#pragma once

#include "core/vocabulary/Vocabulary.h"

#include <QAccessibleActionInterface>
#include <QAccessibleWidget>

namespace carrywell::ui {

class BodyMapWidget;

/// Registers the accessibility factory that exposes the body map's regions
/// as pressable children. Safe to call more than once.
void installBodyMapAccessibility();

/// One region of the body map, as a screen reader sees it: a button that can
/// be pressed and that is checked when chosen.
class BodyMapRegionAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    BodyMapRegionAccessible(BodyMapWidget* map, core::Region region);

    bool isValid() const override;
    QObject* object() const override { return nullptr; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessibleInterface* parent() const override;
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QString text(QAccessible::Text type) const override;
    void setText(QAccessible::Text, const QString&) override {}
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::CheckBox; }
    QAccessible::State state() const override;
    void* interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString& actionName) override;
    QStringList keyBindingsForAction(const QString&) const override { return {}; }

    core::Region region() const { return m_region; }

private:
    BodyMapWidget* m_map;
    core::Region m_region;
};

/// The body map widget with one accessible child per region.
class BodyMapAccessible : public QAccessibleWidget
{
public:
    explicit BodyMapAccessible(BodyMapWidget* map);
    ~BodyMapAccessible() override;

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;
    QAccessibleInterface* focusChild() const override;

private:
    BodyMapWidget* map() const;
    QList<QAccessible::Id> m_children;
};

} // namespace carrywell::ui
