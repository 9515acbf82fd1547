// go_time.h: time.Time as Go 1.19 encodes it, shared by go_time.c (Now,
// Add, Sub, comparisons) and go_time_format.c (Date, fields, Format,
// Parse).
//
// wall's top bit says whether the Time carries a monotonic clock reading
// (Now's do). With it: wall holds 33 bits of seconds since 1885 above 30
// bits of nanoseconds, and ext the monotonic reading in nanoseconds.
// Without it: wall holds only the nanoseconds and ext the signed seconds
// since January 1, year 1 (so the zero Time is that instant, in UTC). loc
// is NULL for UTC, go_time_Local (mgo's Local is UTC: no zone database),
// or a fixed zone (FixedZone, or an offset Parse read).
#ifndef MGO_GO_TIME_H
#define MGO_GO_TIME_H

#include <stdbool.h>
#include <stdint.h>

// A zone of one fixed offset: UTC, Local (UTC here) or a FixedZone.
typedef struct go_time_Location {
	go_string name;    // Location.String
	go_string zone;    // the abbreviation Format prints ("" prints the offset)
	int64_t offset;    // seconds east of UTC
} go_time_Location;

typedef struct go_time_Time {
	uint64_t wall;
	int64_t ext;
	go_time_Location *loc;
} go_time_Time;

#define GO_TIME_HAS_MONO (UINT64_C(1) << 63)
#define GO_TIME_NSEC_MASK ((UINT64_C(1) << 30) - 1)
// Days from year 1 to 1970 and to 1885, in seconds.
#define GO_TIME_UNIX_TO_INTERNAL ((int64_t)(1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400)
#define GO_TIME_INTERNAL_TO_UNIX (-GO_TIME_UNIX_TO_INTERNAL)
#define GO_TIME_WALL_TO_INTERNAL ((int64_t)(1884 * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * 86400)

extern go_time_Location *go_time_UTC, *go_time_Local;

int64_t go_time_sec(go_time_Time t);     // seconds since January 1, year 1
int32_t go_time_nsec(go_time_Time t);
int64_t go_time_Time_Unix(go_time_Time t);
go_time_Time go_time_Time_Add(go_time_Time t, int64_t d);
go_time_Time go_time_Date(int64_t year, int64_t month, int64_t day, int64_t hour, int64_t mnt,
	int64_t sec, int64_t nsec, go_time_Location *loc);
go_time_Time go_time_from_unix(int64_t sec, int64_t nsec, go_time_Location *loc);
go_time_Location *go_time_FixedZone(go_string name, int64_t offset);
bool go_time_is_leap(int64_t y);
extern const char *const go_time_month_names[12], *const go_time_day_names[7];

// The sleepers' heap (go_time.c), which the timers (go_timer.c) share with
// Sleep: its lock guards the timers' state too.
void go_time_timers_lock(void);
void go_time_timers_unlock(void);
int64_t go_time_mono_now(void);
int64_t go_time_deadline(int64_t d);   // d from now, saturating
// With the lock held: parks the calling goroutine until `when` (CLOCK_MONOTONIC
// ns), releasing the lock once parked. *slot follows its heap index (-1 once
// it is out).
void go_time_sleep_locked(int64_t when, int32_t *slot);
// With the lock held: readies the goroutine sleeping at *slot now, if any.
void go_time_wake_early(int32_t *slot);

// The elements of a layout (go_time_format.c reads them for Format and
// go_time_parse.c for Parse).
enum Std {
	STD_NONE, STD_LONG_MONTH, STD_MONTH, STD_NUM_MONTH, STD_ZERO_MONTH, STD_LONG_WEEKDAY,
	STD_WEEKDAY, STD_DAY, STD_UNDER_DAY, STD_ZERO_DAY, STD_UNDER_YEARDAY, STD_ZERO_YEARDAY,
	STD_HOUR, STD_HOUR12, STD_ZERO_HOUR12, STD_MINUTE, STD_ZERO_MINUTE, STD_SECOND,
	STD_ZERO_SECOND, STD_LONG_YEAR, STD_YEAR, STD_PM, STD_pm, STD_TZ,
	STD_ISO_TZ, STD_ISO_SECONDS_TZ, STD_ISO_SHORT_TZ, STD_ISO_COLON_TZ, STD_ISO_COLON_SECONDS_TZ,
	STD_NUM_TZ, STD_NUM_SECONDS_TZ, STD_NUM_SHORT_TZ, STD_NUM_COLON_TZ, STD_NUM_COLON_SECONDS_TZ,
	STD_FRAC0, STD_FRAC9,
};

typedef struct Chunk {
	int64_t prefix;   // literal bytes before the element
	int std;
	int64_t len;      // the element's bytes in the layout
	int digits;       // STD_FRAC*: how many; sep: '.' or ','
	char sep;
} Chunk;

// The first element of the layout l[0..n), after its literal prefix.
Chunk go_time_next_chunk(const uint8_t *l, int64_t n);

#endif
