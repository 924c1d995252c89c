// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// A real libpulse recording stream of a kind the command-line tools cannot make, for the
// meeting tests: `pulse_stream peak SOURCE` opens a peak-detect stream the way pavucontrol's
// level meters do (float, one channel, 25 Hz, PA_STREAM_PEAK_DETECT); `pulse_stream corked
// SOURCE` opens an ordinary recording stream that starts corked and stays so. It prints
// "ready" once the server has the stream, and runs until it is killed.

#include <cstdio>
#include <cstring>
#include <pulse/pulseaudio.h>
#include <string>

namespace {

struct Options {
    bool peak = false;
    const char* source = nullptr;
};

Options options;

void onRead(pa_stream* stream, size_t, void*) {
    const void* data = nullptr;
    size_t length = 0;
    while (pa_stream_readable_size(stream) > 0 && pa_stream_peek(stream, &data, &length) == 0 &&
           length > 0) {
        pa_stream_drop(stream); // the level is not needed: only the stream's existence is
    }
}

void onStreamState(pa_stream* stream, void* data) {
    auto* api = static_cast<pa_mainloop_api*>(data);
    const auto state = pa_stream_get_state(stream);
    if (state == PA_STREAM_READY) {
        std::printf("ready\n");
        std::fflush(stdout);
    } else if (state == PA_STREAM_FAILED || state == PA_STREAM_TERMINATED) {
        std::fprintf(stderr, "stream ended\n");
        api->quit(api, 1);
    }
}

void onContextState(pa_context* context, void* data) {
    auto* api = static_cast<pa_mainloop_api*>(data);
    const auto state = pa_context_get_state(context);
    if (state == PA_CONTEXT_FAILED || state == PA_CONTEXT_TERMINATED) {
        std::fprintf(stderr, "no server: %s\n", pa_strerror(pa_context_errno(context)));
        api->quit(api, 1);
        return;
    }
    if (state != PA_CONTEXT_READY) {
        return;
    }
    pa_sample_spec spec{};
    pa_stream_flags_t flags = PA_STREAM_NOFLAGS;
    if (options.peak) {
        spec = {PA_SAMPLE_FLOAT32, 25, 1};
        flags = static_cast<pa_stream_flags_t>(PA_STREAM_DONT_INHIBIT_AUTO_SUSPEND |
                                               PA_STREAM_PEAK_DETECT | PA_STREAM_ADJUST_LATENCY);
    } else {
        spec = {PA_SAMPLE_S16LE, 16000, 1};
        flags = PA_STREAM_START_CORKED;
    }
    pa_stream* stream =
        pa_stream_new(context, options.peak ? "Peak detect" : "Corked recording", &spec, nullptr);
    pa_stream_set_state_callback(stream, onStreamState, api);
    pa_stream_set_read_callback(stream, onRead, nullptr);
    pa_buffer_attr attr{};
    attr.maxlength = static_cast<uint32_t>(-1);
    attr.fragsize = options.peak ? static_cast<uint32_t>(sizeof(float)) : static_cast<uint32_t>(-1);
    if (pa_stream_connect_record(stream, options.source, &attr, flags) < 0) {
        std::fprintf(stderr, "cannot record: %s\n", pa_strerror(pa_context_errno(context)));
        api->quit(api, 1);
    }
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3 || (std::strcmp(argv[1], "peak") != 0 && std::strcmp(argv[1], "corked") != 0)) {
        std::fprintf(stderr, "usage: %s peak|corked SOURCE\n", argv[0]);
        return 64;
    }
    options.peak = std::strcmp(argv[1], "peak") == 0;
    options.source = argv[2];
    pa_mainloop* loop = pa_mainloop_new();
    pa_mainloop_api* api = pa_mainloop_get_api(loop);
    pa_proplist* props = pa_proplist_new();
    pa_proplist_sets(props, PA_PROP_APPLICATION_NAME, "flexor pulse_stream");
    pa_context* context = pa_context_new_with_proplist(api, "flexor pulse_stream", props);
    pa_proplist_free(props);
    pa_context_set_state_callback(context, onContextState, api);
    if (pa_context_connect(context, nullptr, PA_CONTEXT_NOAUTOSPAWN, nullptr) < 0) {
        std::fprintf(stderr, "no server: %s\n", pa_strerror(pa_context_errno(context)));
        return 1;
    }
    int result = 0;
    pa_mainloop_run(loop, &result);
    pa_context_unref(context);
    pa_mainloop_free(loop);
    return result;
}
