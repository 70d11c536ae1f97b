// Times a GUI program from the outside, the same way for any program: how
// long from starting its process to its window's first pixels reaching the X
// server, and its peak memory then and after pressing keys (Carrywell's
// Ctrl+1..5 open every page). Nothing in the program is changed or hooked.
//
//   first_paint [--settle MS] [--keys "ctrl+2 ctrl+3 ..."] [--timeout MS] -- PROGRAM ARGS...
//
// How: before starting the program, first_paint asks the X server (the one in
// $DISPLAY, normally a private Xvfb) for substructure notifications on the
// root window and a DAMAGE object on it, which reports every drawing into any
// window. Qt creates its windows with no background (BACK_PIXMAP_NONE), so
// mapping a window draws nothing: on an X server with no other clients, the
// first damage after the program's first top-level window is mapped is its
// first frame (the backing store flushed to the screen). `empty_window
// --paint-delay 500` checks this: its first paint is seen 500 ms after its
// mapping. Times are CLOCK_MONOTONIC in this process; the start is taken just
// before posix_spawn, so it includes exec, dynamic linking and Qt's start-up.
//
// Prints one line of key=value pairs (times in ms since the start, memory in
// KB from /proc/PID/status):
//   map_ms paint_ms settled_ms hwm_kb rss_kb
//   [key1_ms key1_settled_ms key1_hwm_kb ... pages_hwm_kb pages_rss_kb]
// "settled" is the last drawing before --settle ms (default 1000) without any
// (drawings narrower than 5 px, a blinking text cursor, do not count);
// hwm_kb is VmHWM, the peak resident memory, read when settled. For each key
// keyN_ms is the time from sending it to the first drawing it caused,
// keyN_settled_ms to the last before it settled, keyN_hwm_kb the peak memory
// then. The program is then ended with SIGTERM (so it saves no settings).

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <memory>
#include <optional>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <vector>
#include <xcb/damage.h>
#include <xcb/xcb.h>
#include <xcb/xtest.h>

extern char** environ;

namespace {

double nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

[[noreturn]] void die(const std::string& message)
{
    std::fprintf(stderr, "first_paint: %s\n", message.c_str());
    std::exit(1);
}

struct Memory
{
    long hwmKb = -1;
    long rssKb = -1;
};

Memory readMemory(pid_t pid)
{
    Memory memory;
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            memory.hwmKb = std::atol(line.c_str() + 6);
        else if (line.rfind("VmRSS:", 0) == 0)
            memory.rssKb = std::atol(line.c_str() + 6);
    }
    return memory;
}

struct Key
{
    std::vector<xcb_keycode_t> modifiers;
    xcb_keycode_t code = 0;
    std::string name;
};

class Watcher
{
public:
    Watcher()
    {
        int screenNumber = 0;
        m_c = xcb_connect(nullptr, &screenNumber);
        if (xcb_connection_has_error(m_c))
            die("cannot connect to the X server in $DISPLAY");
        // The program must not inherit this connection.
        fcntl(xcb_get_file_descriptor(m_c), F_SETFD, FD_CLOEXEC);
        xcb_screen_iterator_t screens = xcb_setup_roots_iterator(xcb_get_setup(m_c));
        for (int i = 0; i < screenNumber; ++i)
            xcb_screen_next(&screens);
        m_root = screens.data->root;

        const xcb_query_extension_reply_t* damage = xcb_get_extension_data(m_c, &xcb_damage_id);
        if (!damage || !damage->present)
            die("the X server has no DAMAGE extension");
        m_damageEvent = damage->first_event + XCB_DAMAGE_NOTIFY;
        std::free(xcb_damage_query_version_reply(
            m_c, xcb_damage_query_version(m_c, XCB_DAMAGE_MAJOR_VERSION, XCB_DAMAGE_MINOR_VERSION),
            nullptr));
        const xcb_query_extension_reply_t* test = xcb_get_extension_data(m_c, &xcb_test_id);
        m_hasTest = test && test->present;

        const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
        xcb_change_window_attributes(m_c, m_root, XCB_CW_EVENT_MASK, &mask);
        const xcb_damage_damage_t rootDamage = xcb_generate_id(m_c);
        xcb_damage_create(m_c, rootDamage, m_root, XCB_DAMAGE_REPORT_LEVEL_RAW_RECTANGLES);
        sync(); // both are in force before the program starts
    }

    ~Watcher() { xcb_disconnect(m_c); }

    Key key(const std::string& spec) const
    {
        Key key;
        key.name = spec;
        std::stringstream parts(spec);
        std::string part;
        std::vector<std::string> names;
        while (std::getline(parts, part, '+'))
            names.push_back(part);
        if (names.empty() || names.back().size() != 1)
            die("keys look like ctrl+2: " + spec);
        for (size_t i = 0; i + 1 < names.size(); ++i) {
            const uint32_t sym = names[i] == "ctrl"    ? 0xffe3 // Control_L
                                 : names[i] == "shift" ? 0xffe1 // Shift_L
                                 : names[i] == "alt"   ? 0xffe9 // Alt_L
                                                       : 0;
            if (!sym)
                die("unknown modifier in " + spec);
            key.modifiers.push_back(keycode(sym));
        }
        key.code = keycode(uint32_t(static_cast<unsigned char>(names.back()[0])));
        return key;
    }

    bool hasTest() const { return m_hasTest; }

    /// Starts the program and follows it until it has settled (or died).
    void run(char** argv, int settleMs, int timeoutMs, const std::vector<Key>& keys)
    {
        posix_spawn_file_actions_t files;
        posix_spawn_file_actions_init(&files);
        posix_spawn_file_actions_addopen(&files, 1, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&files, 2, "/dev/null", O_WRONLY, 0);
        m_start = nowMs();
        if (posix_spawnp(&m_pid, argv[0], &files, nullptr, argv, environ) != 0)
            die(std::string("cannot start ") + argv[0]);
        posix_spawn_file_actions_destroy(&files);

        // The first top-level window mapped, then its first drawing.
        while (!m_window) {
            if (!waitForEvents(m_start + timeoutMs))
                fail("no window was mapped");
        }
        while (m_lastDamage < 0) {
            if (!waitForEvents(m_start + timeoutMs))
                fail("the window never painted");
        }
        const double firstPaint = m_lastDamage;
        const double settled = settle(firstPaint, settleMs, timeoutMs);
        const Memory startup = readMemory(m_pid);
        std::printf("map_ms=%.2f paint_ms=%.2f settled_ms=%.2f hwm_kb=%ld rss_kb=%ld",
                    m_mapped - m_start, firstPaint - m_start, settled - m_start, startup.hwmKb,
                    startup.rssKb);

        if (!keys.empty()) {
            const uint32_t focusTime = XCB_CURRENT_TIME;
            xcb_set_input_focus(m_c, XCB_INPUT_FOCUS_POINTER_ROOT, m_window, focusTime);
            sync();
            // Becoming the active window repaints it: let that pass first.
            settle(nowMs(), settleMs, timeoutMs);
            for (size_t i = 0; i < keys.size(); ++i) {
                m_lastDamage = -1;
                const double sent = nowMs();
                press(keys[i]);
                while (m_lastDamage < 0) {
                    if (!waitForEvents(sent + timeoutMs))
                        break;
                }
                if (m_lastDamage < 0) {
                    std::printf(" key%zu_ms=nan key%zu_settled_ms=nan", i + 1, i + 1);
                    continue;
                }
                const double first = m_lastDamage;
                const double settled = settle(first, settleMs, timeoutMs);
                std::printf(" key%zu_ms=%.2f key%zu_settled_ms=%.2f key%zu_hwm_kb=%ld", i + 1,
                            first - sent, i + 1, settled - sent, i + 1, readMemory(m_pid).hwmKb);
            }
            const Memory pages = readMemory(m_pid);
            std::printf(" pages_hwm_kb=%ld pages_rss_kb=%ld", pages.hwmKb, pages.rssKb);
        }
        std::printf("\n");
        std::fflush(stdout);
        end();
    }

private:
    void sync() { std::free(xcb_get_input_focus_reply(m_c, xcb_get_input_focus(m_c), nullptr)); }

    xcb_keycode_t keycode(uint32_t keysym) const
    {
        const xcb_setup_t* setup = xcb_get_setup(m_c);
        const int count = setup->max_keycode - setup->min_keycode + 1;
        auto* reply = xcb_get_keyboard_mapping_reply(
            m_c, xcb_get_keyboard_mapping(m_c, setup->min_keycode, uint8_t(count)), nullptr);
        if (!reply)
            die("cannot read the keyboard mapping");
        const xcb_keysym_t* syms = xcb_get_keyboard_mapping_keysyms(reply);
        xcb_keycode_t found = 0;
        for (int i = 0; i < count && !found; ++i) {
            if (syms[i * reply->keysyms_per_keycode] == keysym)
                found = xcb_keycode_t(setup->min_keycode + i);
        }
        std::free(reply);
        if (!found)
            die("no key gives keysym " + std::to_string(keysym));
        return found;
    }

    void press(const Key& key)
    {
        if (!m_hasTest)
            die("the X server has no XTEST extension to press keys");
        for (xcb_keycode_t modifier : key.modifiers)
            xcb_test_fake_input(m_c, XCB_KEY_PRESS, modifier, XCB_CURRENT_TIME, m_root, 0, 0, 0);
        xcb_test_fake_input(m_c, XCB_KEY_PRESS, key.code, XCB_CURRENT_TIME, m_root, 0, 0, 0);
        xcb_test_fake_input(m_c, XCB_KEY_RELEASE, key.code, XCB_CURRENT_TIME, m_root, 0, 0, 0);
        for (auto it = key.modifiers.rbegin(); it != key.modifiers.rend(); ++it)
            xcb_test_fake_input(m_c, XCB_KEY_RELEASE, *it, XCB_CURRENT_TIME, m_root, 0, 0, 0);
        xcb_flush(m_c);
    }

    /// Waits until nothing wider than a text cursor was drawn for `quietMs`;
    /// gives the time of the last drawing since `from` (or `from`).
    double settle(double from, int quietMs, int timeoutMs)
    {
        const double limit = nowMs() + timeoutMs;
        double last = std::max(from, m_lastWideDamage);
        while (nowMs() < limit) {
            const double quietUntil = last + quietMs;
            if (nowMs() >= quietUntil)
                return last;
            waitForEvents(std::min(quietUntil, limit));
            if (m_lastWideDamage > last)
                last = m_lastWideDamage;
        }
        return last;
    }

    /// Handles events until `deadline`; false when it passed with none.
    bool waitForEvents(double deadline)
    {
        while (true) {
            if (xcb_generic_event_t* event = xcb_poll_for_event(m_c)) {
                handle(event, nowMs());
                std::free(event);
                while ((event = xcb_poll_for_event(m_c))) {
                    handle(event, nowMs());
                    std::free(event);
                }
                return true;
            }
            checkAlive();
            const double left = deadline - nowMs();
            if (left <= 0)
                return false;
            pollfd fd{xcb_get_file_descriptor(m_c), POLLIN, 0};
            poll(&fd, 1, std::min(50, int(left) + 1)); // wakes to notice an early exit
            if (xcb_connection_has_error(m_c))
                die("lost the X server");
        }
    }

    void handle(const xcb_generic_event_t* event, double at)
    {
        const uint8_t type = event->response_type & 0x7f;
        if (type == XCB_MAP_NOTIFY && !m_window) {
            const auto* map = reinterpret_cast<const xcb_map_notify_event_t*>(event);
            if (map->event == m_root && !map->override_redirect) {
                m_window = map->window;
                m_mapped = at;
            }
        } else if (type == m_damageEvent && m_window) {
            const auto* damage = reinterpret_cast<const xcb_damage_notify_event_t*>(event);
            if (m_lastDamage < 0 || at > m_lastDamage)
                m_lastDamage = at;
            if (damage->area.width >= 5)
                m_lastWideDamage = at;
        }
    }

    void checkAlive()
    {
        int status = 0;
        if (m_pid > 0 && waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            die("the program ended early (status " + std::to_string(status) + ")");
        }
    }

    [[noreturn]] void fail(const std::string& message)
    {
        end();
        die(message);
    }

    void end()
    {
        if (m_pid <= 0)
            return;
        kill(m_pid, SIGTERM);
        for (int i = 0; i < 300; ++i) {
            if (waitpid(m_pid, nullptr, WNOHANG) == m_pid) {
                m_pid = -1;
                return;
            }
            usleep(10000);
        }
        kill(m_pid, SIGKILL);
        waitpid(m_pid, nullptr, 0);
        m_pid = -1;
    }

    xcb_connection_t* m_c = nullptr;
    xcb_window_t m_root = 0;
    uint8_t m_damageEvent = 0;
    bool m_hasTest = false;
    pid_t m_pid = -1;
    double m_start = 0;
    xcb_window_t m_window = 0;
    double m_mapped = -1;
    double m_lastDamage = -1;
    double m_lastWideDamage = -1;
};

} // namespace

int main(int argc, char** argv)
{
    int settleMs = 1000;
    int timeoutMs = 30000;
    std::string keyList;
    int i = 1;
    for (; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--")
            break;
        if (i + 1 >= argc)
            die("missing value after " + arg);
        if (arg == "--settle")
            settleMs = std::atoi(argv[++i]);
        else if (arg == "--timeout")
            timeoutMs = std::atoi(argv[++i]);
        else if (arg == "--keys")
            keyList = argv[++i];
        else
            die("unknown option " + arg);
    }
    if (i + 1 >= argc)
        die("usage: first_paint [--settle MS] [--keys \"ctrl+2 ...\"] [--timeout MS] -- PROGRAM "
            "ARGS...");

    Watcher watcher;
    std::vector<Key> keys;
    std::stringstream names(keyList);
    for (std::string name; names >> name;)
        keys.push_back(watcher.key(name));
    watcher.run(argv + i + 1, settleMs, timeoutMs, keys);
    return 0;
}
