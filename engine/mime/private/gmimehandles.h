#pragma once
// GMime's headers first: GLib names a struct member `signals` (Qt keywords are off too).
#include <gmime/gmime.h>

#include <memory>
#include <mutex>

// RAII for GMime's reference-counted objects and GLib's strings, for the .cpp files of engine/mime
// only: nothing of GMime shows in a public header.
namespace Mailscope::GMime {

struct GObjectUnref {
    void operator()(void* object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template <typename T> using GObjectPtr = std::unique_ptr<T, GObjectUnref>;

struct GFree {
    void operator()(void* memory) const { g_free(memory); }
};
using GString8 = std::unique_ptr<char, GFree>;

inline void ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

} // namespace Mailscope::GMime
