// GNU readline for Swift. Swift 6 may not touch readline's C globals directly, so each one
// the front end needs is set or read through a tiny static inline function here.
#ifndef ELBE_READLINE_SHIM_H
#define ELBE_READLINE_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <readline/readline.h>
#include <readline/history.h>

typedef char **(*elbe_completion_function)(const char *, int, int);
typedef int (*elbe_hook_function)(void);
typedef int (*elbe_getc_function)(FILE *);

/// Replaces how readline reads a key, so Ctrl-C can end the line being edited.
static inline void elbe_rl_set_getc_function(elbe_getc_function function) {
    rl_getc_function = function;
}

static inline void elbe_rl_set_completion_function(elbe_completion_function function) {
    rl_attempted_completion_function = function;
}

/// Stops readline from falling back to file-name completion when we offer nothing.
static inline void elbe_rl_set_attempted_completion_over(int value) {
    rl_attempted_completion_over = value;
}

static inline void elbe_rl_set_completion_append_character(int character) {
    rl_completion_append_character = character;
}

/// Called when a read is interrupted by a signal (Ctrl-C).
static inline void elbe_rl_set_signal_event_hook(elbe_hook_function hook) {
    rl_signal_event_hook = hook;
}

/// Called as readline starts a line, before the prompt is shown (to put typed-ahead text in it).
static inline void elbe_rl_set_startup_hook(elbe_hook_function hook) {
    rl_startup_hook = hook;
}

static inline void elbe_rl_set_catch_signals(int value) {
    rl_catch_signals = value;
}

static inline void elbe_rl_set_done(int value) {
    rl_done = value;
}

/// Names the program for `$if elbe-adventure` sections of ~/.inputrc.
static inline void elbe_rl_name_program(void) {
    rl_readline_name = "elbe-adventure";
}

/// The text of the whole line being edited, for completing by context.
static inline const char *elbe_rl_line_buffer(void) {
    return rl_line_buffer;
}

/// Re-reads the terminal's size (the window may have been resized while readline was not
/// reading); only once readline has started, since before that it has no input stream.
static inline void elbe_rl_follow_screen_size(void) {
    if (rl_instream != NULL) {
        rl_reset_screen_size();
    }
}

/// Where the word being completed starts in the line.
static inline int elbe_rl_point(void) {
    return rl_point;
}

static inline void elbe_rl_clear_line(void) {
    rl_replace_line("", 0);
}

#endif
