// go_time_format.c: time.Date, Unix, a Time's calendar fields, zones of
// one fixed offset (UTC, FixedZone), Format and String (declared in
// frontend/library_decls.c; Parse is in go_time_parse.c). mgo has no time zone database: Local is UTC
// (Go prints the same on a machine whose zone is UTC), and Parse keeps an
// offset or abbreviation it reads in a fixed zone, as Go does for zones
// Local does not know.
//
// Layouts are read as Go reads them: the reference time's elements
// ("2006", "Jan", "_2", "15", ".000", "Z07:00", ...) anywhere in literal
// text, recognised by the same rules (January before Jan, "Mon" not
// followed by a lower-case letter, ...); errors are Go's *ParseError texts.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "go_lib.h"
#include "go_time.h"

static go_time_Location utc_loc = {{(const uint8_t *)"UTC", 3}, {(const uint8_t *)"UTC", 3}, 0};
static go_time_Location local_loc = {{(const uint8_t *)"Local", 5}, {(const uint8_t *)"UTC", 3}, 0};
extern const go_type go_type_time_Location __attribute__((weak));
go_time_Location *go_time_UTC = &utc_loc, *go_time_Local = &local_loc;


const char *const go_time_month_names[12] = {"January", "February", "March", "April", "May",
	"June", "July", "August", "September", "October", "November", "December"};
const char *const go_time_day_names[7] = {"Sunday", "Monday", "Tuesday", "Wednesday",
	"Thursday", "Friday", "Saturday"};

static go_string gs(const char *s)
{
	return (go_string){(const uint8_t *)s, (int64_t)strlen(s)};
}

// {==================== the calendar ====================

static int64_t floor_div(int64_t a, int64_t b)
{
	return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

// Days from 1970-01-01 to y-m-d of the proleptic Gregorian calendar
// (eras of 400 years from March 1, so leap days end each era's year).
static int64_t days_from_civil(int64_t y, int64_t m, int64_t d)
{
	y -= m <= 2;
	int64_t era = floor_div(y, 400);
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int64_t *y, int64_t *m, int64_t *d)
{
	z += 719468;
	int64_t era = floor_div(z, 146097);
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

bool go_time_is_leap(int64_t y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

typedef struct Fields {
	int64_t year, month, day, hour, mnt, sec, nsec, wday, yday;
} Fields;

static const go_time_Location *loc_of(go_time_Time t)
{
	return t.loc ? t.loc : &utc_loc;
}

static Fields fields(go_time_Time t)
{
	Fields f;
	int64_t unix_s = go_time_sec(t) + GO_TIME_INTERNAL_TO_UNIX + loc_of(t)->offset;
	int64_t days = floor_div(unix_s, 86400), s = unix_s - days * 86400;
	civil_from_days(days, &f.year, &f.month, &f.day);
	f.hour = s / 3600;
	f.mnt = s / 60 % 60;
	f.sec = s % 60;
	f.nsec = go_time_nsec(t);
	f.wday = ((days % 7) + 11) % 7;   // 1970-01-01 was a Thursday
	f.yday = days - days_from_civil(f.year, 1, 1) + 1;
	return f;
}

go_time_Time go_time_from_unix(int64_t sec, int64_t nsec, go_time_Location *loc)
{
	return (go_time_Time){(uint64_t)nsec, sec + GO_TIME_UNIX_TO_INTERNAL,
		loc == go_time_UTC ? NULL : loc};
}

// Moves whole multiples of base from lo into hi, leaving lo in [0, base).
static void norm(int64_t *hi, int64_t *lo, int64_t base)
{
	if (*lo < 0) {
		int64_t n = (-*lo - 1) / base + 1;
		*hi -= n;
		*lo += n * base;
	}
	if (*lo >= base) {
		int64_t n = *lo / base;
		*hi += n;
		*lo -= n * base;
	}
}

go_time_Time go_time_Date(int64_t year, int64_t month, int64_t day, int64_t hour, int64_t mnt,
	int64_t sec, int64_t nsec, go_time_Location *loc)
{
	if (!loc)
		go_panic_plain("time: missing Location in call to Date");
	int64_t m = month - 1;
	norm(&year, &m, 12);
	norm(&sec, &nsec, 1000000000);
	norm(&mnt, &sec, 60);
	norm(&hour, &mnt, 60);
	norm(&day, &hour, 24);
	int64_t days = days_from_civil(year, m + 1, 1) + day - 1;
	return go_time_from_unix(days * 86400 + hour * 3600 + mnt * 60 + sec - loc->offset, nsec, loc);
}

go_time_Time go_time_Unix(int64_t sec, int64_t nsec)
{
	if (nsec < 0 || nsec >= 1000000000) {
		int64_t n = nsec / 1000000000;
		sec += n;
		nsec -= n * 1000000000;
		if (nsec < 0) {
			nsec += 1000000000;
			sec--;
		}
	}
	return go_time_from_unix(sec, nsec, go_time_Local);
}

go_time_Time go_time_UnixMilli(int64_t msec)
{
	return go_time_Unix(msec / 1000, (msec % 1000) * 1000000);
}

int64_t go_time_Time_Year(go_time_Time t) { return fields(t).year; }
int64_t go_time_Time_Month(go_time_Time t) { return fields(t).month; }
int64_t go_time_Time_Day(go_time_Time t) { return fields(t).day; }
int64_t go_time_Time_Hour(go_time_Time t) { return fields(t).hour; }
int64_t go_time_Time_Minute(go_time_Time t) { return fields(t).mnt; }
int64_t go_time_Time_Second(go_time_Time t) { return fields(t).sec; }
int64_t go_time_Time_Nanosecond(go_time_Time t) { return go_time_nsec(t); }
int64_t go_time_Time_Weekday(go_time_Time t) { return fields(t).wday; }
int64_t go_time_Time_YearDay(go_time_Time t) { return fields(t).yday; }

typedef struct { int64_t r0, r1, r2; } go_int3;

go_int3 go_time_Time_Date(go_time_Time t)
{
	Fields f = fields(t);
	return (go_int3){f.year, f.month, f.day};
}

go_int3 go_time_Time_Clock(go_time_Time t)
{
	Fields f = fields(t);
	return (go_int3){f.hour, f.mnt, f.sec};
}

go_time_Time go_time_Time_AddDate(go_time_Time t, int64_t years, int64_t months, int64_t days)
{
	Fields f = fields(t);
	return go_time_Date(f.year + years, f.month + months, f.day + days, f.hour, f.mnt, f.sec,
		f.nsec, t.loc ? t.loc : go_time_UTC);
}

static go_time_Time strip(go_time_Time t);

// A Time moved to a zone loses its monotonic reading, as in Go.
static go_time_Time with_loc(go_time_Time t, go_time_Location *loc)
{
	t = strip(t);
	t.loc = loc;
	return t;
}

go_time_Time go_time_UnixMicro(int64_t usec)
{
	return go_time_Unix(usec / 1000000, (usec % 1000000) * 1000);
}

int64_t go_time_Time_UnixMicro(go_time_Time t)
{
	return go_time_Time_Unix(t) * 1000000 + go_time_nsec(t) / 1000;
}


// The remainder of t (since year 1) divided by d > 0, as Go's div: taken
// on the magnitude of a time before year 1, then turned around.
static int64_t time_rem(go_time_Time t, int64_t d)
{
	__int128 sec = go_time_sec(t), nsec = go_time_nsec(t);
	bool neg = sec < 0;
	if (neg) {
		sec = -sec;
		nsec = -nsec;
		if (nsec < 0) {
			nsec += 1000000000;
			sec--;
		}
	}
	int64_t r = (int64_t)((sec * 1000000000 + nsec) % d);
	if (neg && r != 0)
		r = d - r;
	return r;
}

static go_time_Time strip(go_time_Time t)
{
	if (t.wall & GO_TIME_HAS_MONO) {
		t.ext = go_time_sec(t);
		t.wall &= GO_TIME_NSEC_MASK;
	}
	return t;
}

go_time_Time go_time_Time_Truncate(go_time_Time t, int64_t d)
{
	t = strip(t);
	if (d <= 0)
		return t;
	return go_time_Time_Add(t, -time_rem(t, d));
}

go_time_Time go_time_Time_Round(go_time_Time t, int64_t d)
{
	t = strip(t);
	if (d <= 0)
		return t;
	int64_t r = time_rem(t, d);
	if ((uint64_t)r + (uint64_t)r < (uint64_t)d)
		return go_time_Time_Add(t, -r);
	return go_time_Time_Add(t, d - r);
}

go_time_Time go_time_Time_UTC(go_time_Time t) { return with_loc(t, NULL); }
go_time_Time go_time_Time_Local(go_time_Time t) { return with_loc(t, go_time_Local); }
go_time_Location *go_time_Time_Location(go_time_Time t) { return t.loc ? t.loc : go_time_UTC; }

go_time_Time go_time_Time_In(go_time_Time t, go_time_Location *loc)
{
	if (!loc)
		go_panic_plain("time: missing Location in call to Time.In");
	return with_loc(t, loc == go_time_UTC ? NULL : loc);
}

typedef struct { go_string r0; int64_t r1; } go_string_int;

go_string_int go_time_Time_Zone(go_time_Time t)
{
	return (go_string_int){loc_of(t)->zone, loc_of(t)->offset};
}

go_time_Location *go_time_FixedZone(go_string name, int64_t offset)
{
	go_time_Location *l = go_new_t(&go_type_time_Location);
	l->name = name;
	l->zone = name;
	l->offset = offset;
	return l;
}

go_string go_time_Location_String(go_time_Location *l)
{
	return l ? l->name : gs("UTC");
}

// Go's text for a Month or Weekday out of range: %!Month(13).
static go_string enum_name(const char *type, const char *const *names, int64_t n, int64_t i,
	int64_t v)
{
	if (i >= 0 && i < n)
		return gs(names[i]);
	char buf[64];
	snprintf(buf, sizeof buf, "%%!%s(%lld)", type, (long long)v);
	return go_string_from_bytes((const uint8_t *)buf, (int64_t)strlen(buf));
}

go_string go_time_Month_String(int64_t m) { return enum_name("Month", go_time_month_names, 12, m - 1, m); }
go_string go_time_Weekday_String(int64_t d) { return enum_name("Weekday", go_time_day_names, 7, d, d); }

// }====================================================================
// {==================== layouts ====================

// A literal's length is a constant here, so the compiler inlines the
// comparison (strlen and a memcmp call per layout byte showed in profiles).
static inline __attribute__((always_inline)) bool starts(const uint8_t *p, int64_t n, const char *lit)
{
	size_t l = __builtin_strlen(lit);
	return (size_t)n >= l && __builtin_memcmp(p, lit, l) == 0;
}

static bool digit_at(const uint8_t *p, int64_t n, int64_t i)
{
	return i < n && p[i] >= '0' && p[i] <= '9';
}

// The first element of the layout l[0..n), after its literal prefix.
Chunk go_time_next_chunk(const uint8_t *l, int64_t n)
{
	static const int zero_x[] = {STD_ZERO_MONTH, STD_ZERO_DAY, STD_ZERO_HOUR12,
		STD_ZERO_MINUTE, STD_ZERO_SECOND, STD_YEAR};
	for (int64_t i = 0; i < n; i++) {
		const uint8_t *p = l + i;
		int64_t r = n - i;
#define FOUND(s, len_) return (Chunk){i, (s), (len_), 0, 0}
		switch (p[0]) {
		case 'J':
			if (starts(p, r, "January"))
				FOUND(STD_LONG_MONTH, 7);
			if (starts(p, r, "Jan") && !(r > 3 && p[3] >= 'a' && p[3] <= 'z'))
				FOUND(STD_MONTH, 3);
			break;
		case 'M':
			if (starts(p, r, "Monday"))
				FOUND(STD_LONG_WEEKDAY, 6);
			if (starts(p, r, "Mon") && !(r > 3 && p[3] >= 'a' && p[3] <= 'z'))
				FOUND(STD_WEEKDAY, 3);
			if (starts(p, r, "MST"))
				FOUND(STD_TZ, 3);
			break;
		case '0':
			if (r >= 2 && p[1] >= '1' && p[1] <= '6')
				FOUND(zero_x[p[1] - '1'], 2);
			if (starts(p, r, "002"))
				FOUND(STD_ZERO_YEARDAY, 3);
			break;
		case '1':
			if (r >= 2 && p[1] == '5')
				FOUND(STD_HOUR, 2);
			FOUND(STD_NUM_MONTH, 1);
		case '2':
			if (starts(p, r, "2006"))
				FOUND(STD_LONG_YEAR, 4);
			FOUND(STD_DAY, 1);
		case '_':
			if (r >= 2 && p[1] == '2') {
				if (starts(p + 1, r - 1, "2006"))   // a literal _ before the year
					return (Chunk){i + 1, STD_LONG_YEAR, 4, 0, 0};
				FOUND(STD_UNDER_DAY, 2);
			}
			if (starts(p, r, "__2"))
				FOUND(STD_UNDER_YEARDAY, 3);
			break;
		case '3': FOUND(STD_HOUR12, 1);
		case '4': FOUND(STD_MINUTE, 1);
		case '5': FOUND(STD_SECOND, 1);
		case 'P':
			if (r >= 2 && p[1] == 'M')
				FOUND(STD_PM, 2);
			break;
		case 'p':
			if (r >= 2 && p[1] == 'm')
				FOUND(STD_pm, 2);
			break;
		case '-': case 'Z':
			// Go's order: -070000, -07:00:00, -0700, -07:00, -07 (and Z...).
			if (r >= 3 && p[1] == '0' && p[2] == '7') {
				bool iso = p[0] == 'Z';
				if (starts(p + 3, r - 3, "0000"))
					FOUND(iso ? STD_ISO_SECONDS_TZ : STD_NUM_SECONDS_TZ, 7);
				if (starts(p + 3, r - 3, ":00:00"))
					FOUND(iso ? STD_ISO_COLON_SECONDS_TZ : STD_NUM_COLON_SECONDS_TZ, 9);
				if (starts(p + 3, r - 3, "00"))
					FOUND(iso ? STD_ISO_TZ : STD_NUM_TZ, 5);
				if (starts(p + 3, r - 3, ":00"))
					FOUND(iso ? STD_ISO_COLON_TZ : STD_NUM_COLON_TZ, 6);
				FOUND(iso ? STD_ISO_SHORT_TZ : STD_NUM_SHORT_TZ, 3);
			}
			break;
		case '.': case ',':
			if (r > 1 && (p[1] == '0' || p[1] == '9')) {
				int64_t j = 1;
				while (j < r && p[j] == p[1])
					j++;
				if (!digit_at(p, r, j))   // only a run of one digit is a fraction
					return (Chunk){i, p[1] == '0' ? STD_FRAC0 : STD_FRAC9, j,
						(int)(j - 1), (char)p[0]};
			}
			break;
		}
#undef FOUND
	}
	return (Chunk){n, STD_NONE, 0, 0, 0};
}

static void put_int(go_lib_buf *b, int64_t x, int width)
{
	char buf[32];
	uint64_t u = (uint64_t)x;
	if (x < 0) {
		go_lib_buf_put(b, "-", 1);
		u = -u;
	}
	// Digits by hand, as Go's appendInt does: snprintf's format parsing was
	// most of Format's time.
	int i = (int)sizeof buf;
	do {
		buf[--i] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	while ((int)sizeof buf - i < width)
		buf[--i] = '0';
	go_lib_buf_put(b, buf + i, (int64_t)sizeof buf - i);
}

static void put_str(go_lib_buf *b, const char *s, int64_t n)
{
	go_lib_buf_put(b, s, n);
}

// A zone's offset as the element asks: Z for zero in the ISO 8601 forms,
// else +hh, +hhmm, +hh:mm, with seconds in the long forms.
static void put_offset(go_lib_buf *b, int std, int64_t offset)
{
	bool iso = std == STD_ISO_TZ || std == STD_ISO_SECONDS_TZ || std == STD_ISO_SHORT_TZ ||
		std == STD_ISO_COLON_TZ || std == STD_ISO_COLON_SECONDS_TZ;
	bool colon = std == STD_ISO_COLON_TZ || std == STD_NUM_COLON_TZ ||
		std == STD_ISO_COLON_SECONDS_TZ || std == STD_NUM_COLON_SECONDS_TZ;
	bool secs = std == STD_ISO_SECONDS_TZ || std == STD_NUM_SECONDS_TZ ||
		std == STD_ISO_COLON_SECONDS_TZ || std == STD_NUM_COLON_SECONDS_TZ;
	bool shrt = std == STD_ISO_SHORT_TZ || std == STD_NUM_SHORT_TZ;
	if (offset == 0 && iso) {
		put_str(b, "Z", 1);
		return;
	}
	int64_t zone = offset / 60, abs = offset;
	if (zone < 0) {
		put_str(b, "-", 1);
		zone = -zone;
		abs = -abs;
	} else {
		put_str(b, "+", 1);
	}
	put_int(b, zone / 60, 2);
	if (colon)
		put_str(b, ":", 1);
	if (!shrt)
		put_int(b, zone % 60, 2);
	if (secs) {
		if (colon)
			put_str(b, ":", 1);
		put_int(b, abs % 60, 2);
	}
}

static void format_into(go_lib_buf *b, go_time_Time t, go_string layout)
{
	Fields f = fields(t);
	const uint8_t *l = layout.ptr;
	int64_t n = layout.len;
	while (n > 0) {
		Chunk c = go_time_next_chunk(l, n);
		go_lib_buf_put(b, l, c.prefix);
		if (c.std == STD_NONE)
			break;
		l += c.prefix + c.len;
		n -= c.prefix + c.len;
		int64_t hr12 = f.hour % 12 ? f.hour % 12 : 12;
		switch (c.std) {
		case STD_YEAR: put_int(b, f.year % 100 < 0 ? -(f.year % 100) : f.year % 100, 2); break;
		case STD_LONG_YEAR: put_int(b, f.year, 4); break;
		case STD_MONTH: put_str(b, go_time_month_names[f.month - 1], 3); break;
		case STD_LONG_MONTH: put_str(b, go_time_month_names[f.month - 1], (int64_t)strlen(go_time_month_names[f.month - 1])); break;
		case STD_NUM_MONTH: put_int(b, f.month, 0); break;
		case STD_ZERO_MONTH: put_int(b, f.month, 2); break;
		case STD_WEEKDAY: put_str(b, go_time_day_names[f.wday], 3); break;
		case STD_LONG_WEEKDAY: put_str(b, go_time_day_names[f.wday], (int64_t)strlen(go_time_day_names[f.wday])); break;
		case STD_DAY: put_int(b, f.day, 0); break;
		case STD_UNDER_DAY:
			if (f.day < 10)
				put_str(b, " ", 1);
			put_int(b, f.day, 0);
			break;
		case STD_ZERO_DAY: put_int(b, f.day, 2); break;
		case STD_UNDER_YEARDAY:
			if (f.yday < 100)
				put_str(b, f.yday < 10 ? "  " : " ", f.yday < 10 ? 2 : 1);
			put_int(b, f.yday, 0);
			break;
		case STD_ZERO_YEARDAY: put_int(b, f.yday, 3); break;
		case STD_HOUR: put_int(b, f.hour, 2); break;
		case STD_HOUR12: put_int(b, hr12, 0); break;
		case STD_ZERO_HOUR12: put_int(b, hr12, 2); break;
		case STD_MINUTE: put_int(b, f.mnt, 0); break;
		case STD_ZERO_MINUTE: put_int(b, f.mnt, 2); break;
		case STD_SECOND: put_int(b, f.sec, 0); break;
		case STD_ZERO_SECOND: put_int(b, f.sec, 2); break;
		case STD_PM: put_str(b, f.hour >= 12 ? "PM" : "AM", 2); break;
		case STD_pm: put_str(b, f.hour >= 12 ? "pm" : "am", 2); break;
		case STD_ISO_TZ: case STD_ISO_SECONDS_TZ: case STD_ISO_SHORT_TZ:
		case STD_ISO_COLON_TZ: case STD_ISO_COLON_SECONDS_TZ:
		case STD_NUM_TZ: case STD_NUM_SECONDS_TZ: case STD_NUM_SHORT_TZ:
		case STD_NUM_COLON_TZ: case STD_NUM_COLON_SECONDS_TZ:
			put_offset(b, c.std, loc_of(t)->offset);
			break;
		case STD_TZ:
			if (loc_of(t)->zone.len)
				go_lib_buf_put(b, loc_of(t)->zone.ptr, loc_of(t)->zone.len);
			else
				put_offset(b, STD_NUM_TZ, loc_of(t)->offset);
			break;
		case STD_FRAC0: case STD_FRAC9: {
			char digits[9];
			int64_t ns = f.nsec;
			for (int d = 8; d >= 0; d--, ns /= 10)
				digits[d] = (char)('0' + ns % 10);
			int k = c.digits < 9 ? c.digits : 9;
			if (c.std == STD_FRAC9)
				while (k > 0 && digits[k - 1] == '0')
					k--;
			if (k > 0) {
				go_lib_buf_put(b, &c.sep, 1);
				put_str(b, digits, k);
			}
			break;
		}
		}
	}
}

go_string go_time_Time_Format(go_time_Time t, go_string layout)
{
	go_lib_buf b = {0};
	format_into(&b, t, layout);
	return go_lib_buf_string(&b);
}

go_slice go_time_Time_AppendFormat(go_time_Time t, go_slice dst, go_string layout)
{
	go_lib_buf b = {0};
	format_into(&b, t, layout);
	if (dst.len + b.len > dst.cap)
		dst = go_growslice(dst, dst.len + b.len, &go_type_uint8);
	if (b.len)
		memcpy((uint8_t *)dst.ptr + dst.len, b.p, (size_t)b.len);
	dst.len += b.len;
	free(b.p);
	return dst;
}

go_string go_time_Time_String(go_time_Time t)
{
	go_lib_buf b = {0};
	format_into(&b, t, gs("2006-01-02 15:04:05.999999999 -0700 MST"));
	if (t.wall & GO_TIME_HAS_MONO) {
		uint64_t m = (uint64_t)t.ext;
		char sign = '+';
		if (t.ext < 0) {
			sign = '-';
			m = -m;
		}
		char buf[64];
		uint64_t m0 = m / 1000000000 / 1000000000, m1 = m / 1000000000 % 1000000000;
		int len = m0 ? snprintf(buf, sizeof buf, " m=%c%llu%09llu.%09llu", sign,
				(unsigned long long)m0, (unsigned long long)m1,
				(unsigned long long)(m % 1000000000)) :
			snprintf(buf, sizeof buf, " m=%c%llu.%09llu", sign, (unsigned long long)m1,
				(unsigned long long)(m % 1000000000));
		go_lib_buf_put(&b, buf, len);
	}
	return go_lib_buf_string(&b);
}
// }====================================================================
