// go_time_parse.c: time.ParseDuration, Duration's rounding and time.Parse
// (declared in frontend/library_decls.c), with Go's limits and error texts
// (Parse reads layouts with go_time_format.c's elements).
#include <stdio.h>
#include <string.h>

#include "go_lib.h"
#include "go_time.h"

typedef struct { int64_t r0; go_iface r1; } go_duration_error;

#define LIMIT (UINT64_C(1) << 63)

// time's own quoting in its errors: non-ASCII and control bytes as \xNN.
void go_time_quote(go_lib_buf *b, go_string s)
{
	go_lib_buf_put(b, "\"", 1);
	for (int64_t i = 0; i < s.len;) {
		int64_t w = 1;
		int32_t c = s.ptr[i] < 0x80 ? s.ptr[i] : go_decode_rune(s, i, &w);
		if (c >= 0x80 || c < ' ') {
			if (c == 0xFFFD)   // an invalid byte, or a real U+FFFD (3 bytes)
				w = (i + 2 < s.len && memcmp(s.ptr + i, "\xef\xbf\xbd", 3) == 0) ? 3 : 1;
			for (int64_t j = 0; j < w; j++) {
				char hex[5];
				snprintf(hex, sizeof hex, "\\x%02x", s.ptr[i + j]);
				go_lib_buf_put(b, hex, 4);
			}
		} else {
			if (c == '"' || c == '\\')
				go_lib_buf_put(b, "\\", 1);
			go_lib_buf_put(b, s.ptr + i, 1);
		}
		i += w;
	}
	go_lib_buf_put(b, "\"", 1);
}

static go_duration_error fail(const char *what, go_string unit, go_string orig)
{
	go_lib_buf b = {0};
	go_lib_buf_put(&b, "time: ", 6);
	go_lib_buf_put(&b, what, (int64_t)strlen(what));
	if (unit.ptr) {
		go_time_quote(&b, unit);
		go_lib_buf_put(&b, " in duration ", 13);
	}
	go_time_quote(&b, orig);
	go_string text = go_lib_buf_string(&b);
	return (go_duration_error){0, go_errors_New(text)};
}

static go_duration_error invalid(go_string orig)
{
	return fail("invalid duration ", (go_string){0}, orig);
}

static int64_t unit_of(const uint8_t *u, int64_t n)
{
	static const struct { const char *name; int64_t ns; } units[] = {
		{"ns", 1}, {"us", 1000}, {"\xc2\xb5s", 1000}, {"\xce\xbcs", 1000}, {"ms", 1000000},
		{"s", 1000000000}, {"m", 60000000000}, {"h", 3600000000000},
	};
	for (size_t i = 0; i < sizeof units / sizeof *units; i++)
		if ((int64_t)strlen(units[i].name) == n && memcmp(units[i].name, u, (size_t)n) == 0)
			return units[i].ns;
	return 0;
}

static bool is_digit(uint8_t c)
{
	return c >= '0' && c <= '9';
}

go_duration_error go_time_ParseDuration(go_string orig)
{
	const uint8_t *s = orig.ptr, *end = orig.ptr + orig.len;
	uint64_t d = 0;
	bool neg = false;
	if (s < end && (*s == '-' || *s == '+'))
		neg = *s++ == '-';
	if (end - s == 1 && *s == '0')
		return (go_duration_error){0, {0}};
	if (s == end)
		return invalid(orig);
	while (s < end) {
		if (!(*s == '.' || is_digit(*s)))
			return invalid(orig);
		uint64_t v = 0, f = 0;
		double scale = 1;
		const uint8_t *p0 = s;
		for (; s < end && is_digit(*s); s++) {
			if (v > LIMIT / 10)
				return invalid(orig);
			v = v * 10 + (uint64_t)(*s - '0');
			if (v > LIMIT)
				return invalid(orig);
		}
		bool pre = s != p0, post = false;
		if (s < end && *s == '.') {
			const uint8_t *q0 = ++s;
			bool overflow = false;
			for (; s < end && is_digit(*s); s++) {
				// digits past what fits are dropped, not an error
				if (overflow)
					continue;
				if (f > (LIMIT - 1) / 10) {
					overflow = true;
					continue;
				}
				uint64_t y = f * 10 + (uint64_t)(*s - '0');
				if (y > LIMIT) {
					overflow = true;
					continue;
				}
				f = y;
				scale *= 10;
			}
			post = s != q0;
		}
		if (!pre && !post)
			return invalid(orig);
		const uint8_t *u = s;
		while (s < end && !(*s == '.' || is_digit(*s)))
			s++;
		if (s == u)
			return fail("missing unit in duration ", (go_string){0}, orig);
		int64_t unit = unit_of(u, s - u);
		if (!unit)
			return fail("unknown unit ", (go_string){u, s - u}, orig);
		if (v > LIMIT / (uint64_t)unit)
			return invalid(orig);
		v *= (uint64_t)unit;
		if (f > 0) {
			v += (uint64_t)((double)f * ((double)unit / scale));
			if (v > LIMIT)
				return invalid(orig);
		}
		d += v;
		if (d > LIMIT)
			return invalid(orig);
	}
	if (neg)
		return (go_duration_error){(int64_t)(0 - d), {0}};
	if (d > LIMIT - 1)
		return invalid(orig);
	return (go_duration_error){(int64_t)d, {0}};
}

int64_t go_time_Duration_Truncate(int64_t d, int64_t m)
{
	return m <= 0 ? d : d - d % m;
}

static bool less_than_half(int64_t x, int64_t y)
{
	return (uint64_t)x + (uint64_t)x < (uint64_t)y;
}

// To the nearest multiple of m, halves away from zero, saturating.
int64_t go_time_Duration_Round(int64_t d, int64_t m)
{
	if (m <= 0)
		return d;
	int64_t r = d % m;
	if (d < 0) {
		r = -r;
		if (less_than_half(r, m))
			return d + r;
		int64_t d1 = (int64_t)((uint64_t)d - (uint64_t)m + (uint64_t)r);
		return d1 < d ? d1 : INT64_MIN;
	}
	if (less_than_half(r, m))
		return d - r;
	int64_t d1 = (int64_t)((uint64_t)d + (uint64_t)m - (uint64_t)r);
	return d1 > d ? d1 : INT64_MAX;
}

int64_t go_time_Duration_Abs(int64_t d)
{
	if (d >= 0)
		return d;
	return d == INT64_MIN ? INT64_MAX : -d;
}

// {==================== Parse ====================

typedef struct go_time_ParseError {
	go_string Layout, Value, LayoutElem, ValueElem, Message;
} go_time_ParseError;
extern const go_type go_type_time_ParseError __attribute__((weak));
extern const go_type go_type_time_ParseError_ptr __attribute__((weak));

static go_string gs(const char *s)
{
	return (go_string){(const uint8_t *)s, (int64_t)strlen(s)};
}

static bool digit_at(const uint8_t *p, int64_t n, int64_t i)
{
	return i < n && p[i] >= '0' && p[i] <= '9';
}


typedef struct { go_time_Time r0; go_iface r1; } go_time_error;

static go_string copy_of(const uint8_t *p, int64_t n)
{
	return go_string_from_bytes(p, n);
}

static go_time_error parse_error(go_string layout, go_string value, go_string lelem,
	go_string velem, const char *msg)
{
	go_time_ParseError *e = go_new_t(&go_type_time_ParseError);
	e->Layout = layout;
	e->Value = value;
	e->LayoutElem = lelem;
	e->ValueElem = velem;
	e->Message = go_string_from_bytes((const uint8_t *)msg, (int64_t)strlen(msg));   // (msg may be on the stack)
	static const go_itab *tab;
	if (!tab)
		tab = go_getitab(&go_type_error, &go_type_time_ParseError_ptr, NULL);
	return (go_time_error){{0, 0, NULL}, (go_iface){tab, e}};
}

go_string go_time_ParseError_Error(go_time_ParseError *e)
{
	go_lib_buf b = {0};
	go_lib_buf_put(&b, "parsing time ", 13);
	go_time_quote(&b, e->Value);
	if (e->Message.len) {
		go_lib_buf_put(&b, e->Message.ptr, e->Message.len);
		return go_lib_buf_string(&b);
	}
	go_lib_buf_put(&b, " as ", 4);
	go_time_quote(&b, e->Layout);
	go_lib_buf_put(&b, ": cannot parse ", 15);
	go_time_quote(&b, e->ValueElem);
	go_lib_buf_put(&b, " as ", 4);
	go_time_quote(&b, e->LayoutElem);
	return go_lib_buf_string(&b);
}

// A one- or two-digit number (exactly two when fixed); -1: none.
static int64_t getnum(const uint8_t **v, int64_t *n, bool fixed)
{
	const uint8_t *p = *v;
	if (!digit_at(p, *n, 0))
		return -1;
	if (!digit_at(p, *n, 1)) {
		if (fixed)
			return -1;
		(*v)++, (*n)--;
		return p[0] - '0';
	}
	*v += 2, *n -= 2;
	return (p[0] - '0') * 10 + (p[1] - '0');
}

static int64_t lookup(const char *const *names, int count, int len, const uint8_t **v, int64_t *n)
{
	for (int i = 0; i < count; i++) {
		int64_t l = len ? len : (int64_t)strlen(names[i]);
		if (*n >= l && strncasecmp((const char *)*v, names[i], (size_t)l) == 0) {
			*v += l, *n -= l;
			return i;
		}
	}
	return -1;
}

// The fraction at v (its separator first) in nanoseconds, or -1.
static int64_t fraction(const uint8_t *v, int64_t nbytes)
{
	if (v[0] != '.' && v[0] != ',')
		return -1;
	if (nbytes > 10)
		nbytes = 10;
	int64_t ns = 0;
	for (int64_t i = 1; i < nbytes; i++) {
		if (v[i] < '0' || v[i] > '9')
			return -1;
		ns = ns * 10 + (v[i] - '0');
	}
	for (int64_t i = nbytes; i < 10; i++)
		ns *= 10;
	return ns;
}

// A zone abbreviation (Go's rules without its GMT+h and +hh forms): three
// upper-case letters, or four or five ending in T (and WITA, ChST, MeST):
// its length, or 0.
static int64_t zone_name_len(const uint8_t *v, int64_t n)
{
	if (n >= 4 && (memcmp(v, "ChST", 4) == 0 || memcmp(v, "MeST", 4) == 0))
		return 4;
	if (n >= 3 && memcmp(v, "GMT", 3) == 0)
		return 3;
	int64_t k = 0;
	while (k < 6 && k < n && v[k] >= 'A' && v[k] <= 'Z')
		k++;
	if (k == 3)
		return 3;
	if (k == 4 && (v[3] == 'T' || memcmp(v, "WITA", 4) == 0))
		return 4;
	if (k == 5 && v[4] == 'T')
		return 5;
	return 0;
}

go_time_error go_time_Parse(go_string layout, go_string value)
{
	const uint8_t *l = layout.ptr, *v = value.ptr;
	int64_t ln = layout.len, vn = value.len;
	int64_t year = 0, month = -1, day = -1, yday = -1, hour = 0, mnt = 0, sec = 0, nsec = 0;
	int64_t offset = -1;            // a numeric zone read, or -1
	bool z_utc = false;             // "Z" or "UTC" read
	go_string zname = {0};          // another zone abbreviation read
	bool pm = false, am = false;
	for (;;) {
		Chunk c = go_time_next_chunk(l, ln);
		// the literal prefix: runs of spaces match runs of spaces
		for (int64_t i = 0; i < c.prefix;) {
			if (l[i] == ' ') {
				if (vn > 0 && v[0] != ' ')
					goto bad_prefix;
				while (i < c.prefix && l[i] == ' ')
					i++;
				while (vn > 0 && v[0] == ' ')
					v++, vn--;
				continue;
			}
			if (vn == 0 || v[0] != l[i]) {
			bad_prefix:
				return parse_error(layout, value, copy_of(l, c.prefix), copy_of(v, vn), "");
			}
			v++, vn--, i++;
		}
		if (c.std == STD_NONE) {
			if (vn > 0) {
				go_lib_buf b = {0};
				go_lib_buf_put(&b, ": extra text: ", 14);
				go_time_quote(&b, (go_string){v, vn});
				go_string m = go_lib_buf_string(&b);
				char msg[512];
				snprintf(msg, sizeof msg, "%.*s", (int)m.len, (const char *)m.ptr);
				return parse_error(layout, value, gs(""), copy_of(v, vn), msg);
			}
			break;
		}
		go_string stdstr = copy_of(l + c.prefix, c.len);
		l += c.prefix + c.len;
		ln -= c.prefix + c.len;
		const uint8_t *hold = v;
		int64_t hold_n = vn;
		const char *range = NULL;
		bool bad = false;
		switch (c.std) {
		case STD_YEAR:
			if (vn < 2) {
				bad = true;
				break;
			}
			year = getnum(&v, &vn, true);
			if (year < 0)
				bad = true;
			else
				year += year >= 69 ? 1900 : 2000;
			break;
		case STD_LONG_YEAR:
			if (vn < 4 || !digit_at(v, vn, 0) || !digit_at(v, vn, 1) || !digit_at(v, vn, 2) ||
			    !digit_at(v, vn, 3)) {
				bad = true;
				break;
			}
			year = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
			v += 4, vn -= 4;
			break;
		case STD_MONTH: case STD_LONG_MONTH:
			month = lookup(go_time_month_names, 12, c.std == STD_MONTH ? 3 : 0, &v, &vn);
			if (month < 0)
				bad = true;
			else
				month++;
			break;
		case STD_NUM_MONTH: case STD_ZERO_MONTH:
			month = getnum(&v, &vn, c.std == STD_ZERO_MONTH);
			if (month < 0)
				bad = true;
			else if (month < 1 || month > 12)
				range = "month";
			break;
		case STD_WEEKDAY: case STD_LONG_WEEKDAY:
			if (lookup(go_time_day_names, 7, c.std == STD_WEEKDAY ? 3 : 0, &v, &vn) < 0)
				bad = true;
			break;
		case STD_DAY: case STD_UNDER_DAY: case STD_ZERO_DAY:
			if (c.std == STD_UNDER_DAY && vn > 0 && v[0] == ' ')
				v++, vn--;
			day = getnum(&v, &vn, c.std == STD_ZERO_DAY);
			bad = day < 0;
			break;
		case STD_UNDER_YEARDAY: case STD_ZERO_YEARDAY:
			for (int k = 0; k < 2 && c.std == STD_UNDER_YEARDAY && vn > 0 && v[0] == ' '; k++)
				v++, vn--;
			if (!digit_at(v, vn, 0) || !digit_at(v, vn, 1) || !digit_at(v, vn, 2)) {
				if (c.std == STD_ZERO_YEARDAY || !digit_at(v, vn, 0)) {
					bad = true;
					break;
				}
			}
			yday = 0;
			for (int k = 0; k < 3 && digit_at(v, vn, 0); k++)
				yday = yday * 10 + (v[0] - '0'), v++, vn--;
			break;
		case STD_HOUR:
			hour = getnum(&v, &vn, false);
			if (hour < 0)
				bad = true;
			else if (hour >= 24)
				range = "hour";
			break;
		case STD_HOUR12: case STD_ZERO_HOUR12:
			hour = getnum(&v, &vn, c.std == STD_ZERO_HOUR12);
			if (hour < 0)
				bad = true;
			else if (hour > 12)
				range = "hour";
			break;
		case STD_MINUTE: case STD_ZERO_MINUTE:
			mnt = getnum(&v, &vn, c.std == STD_ZERO_MINUTE);
			if (mnt < 0)
				bad = true;
			else if (mnt >= 60)
				range = "minute";
			break;
		case STD_SECOND: case STD_ZERO_SECOND:
			sec = getnum(&v, &vn, c.std == STD_ZERO_SECOND);
			if (sec < 0) {
				bad = true;
				break;
			}
			if (sec >= 60) {
				range = "second";
				break;
			}
			// A fraction in the value the layout does not spell out.
			if (vn >= 2 && (v[0] == '.' || v[0] == ',') && digit_at(v, vn, 1)) {
				Chunk nc = go_time_next_chunk(l, ln);
				if (nc.std == STD_FRAC0 || nc.std == STD_FRAC9)
					break;
				int64_t k = 2;
				while (k < vn && digit_at(v, vn, k))
					k++;
				nsec = fraction(v, k);
				v += k, vn -= k;
			}
			break;
		case STD_PM: case STD_pm:
			if (vn < 2) {
				bad = true;
				break;
			}
			if (memcmp(v, c.std == STD_PM ? "PM" : "pm", 2) == 0)
				pm = true;
			else if (memcmp(v, c.std == STD_PM ? "AM" : "am", 2) == 0)
				am = true;
			else
				bad = true;
			v += 2, vn -= 2;
			break;
		case STD_ISO_TZ: case STD_ISO_SECONDS_TZ: case STD_ISO_SHORT_TZ:
		case STD_ISO_COLON_TZ: case STD_ISO_COLON_SECONDS_TZ:
			if (vn >= 1 && v[0] == 'Z') {
				v++, vn--;
				z_utc = true;
				break;
			}
			/* fallthrough */
		case STD_NUM_TZ: case STD_NUM_SECONDS_TZ: case STD_NUM_SHORT_TZ:
		case STD_NUM_COLON_TZ: case STD_NUM_COLON_SECONDS_TZ: {
			bool colon = c.std == STD_ISO_COLON_TZ || c.std == STD_NUM_COLON_TZ ||
				c.std == STD_ISO_COLON_SECONDS_TZ || c.std == STD_NUM_COLON_SECONDS_TZ;
			bool secs = c.std == STD_ISO_SECONDS_TZ || c.std == STD_NUM_SECONDS_TZ ||
				c.std == STD_ISO_COLON_SECONDS_TZ || c.std == STD_NUM_COLON_SECONDS_TZ;
			bool shrt = c.std == STD_ISO_SHORT_TZ || c.std == STD_NUM_SHORT_TZ;
			int64_t need = shrt ? 3 : colon ? (secs ? 9 : 6) : (secs ? 7 : 5);
			if (vn < need || (v[0] != '+' && v[0] != '-') ||
			    (colon && (v[3] != ':' || (secs && v[6] != ':')))) {
				bad = true;
				break;
			}
			int64_t parts[3] = {0, 0, 0};
			const uint8_t *q = v + 1;
			for (int k = 0; k < (shrt ? 1 : secs ? 3 : 2); k++) {
				if (!digit_at(q, 2, 0) || !digit_at(q, 2, 1)) {
					bad = true;
					break;
				}
				parts[k] = (q[0] - '0') * 10 + (q[1] - '0');
				q += colon ? 3 : 2;
			}
			if (bad)
				break;
			if (parts[0] > 24)
				range = "time zone offset hour";
			else if (parts[1] > 60)
				range = "time zone offset minute";
			else if (parts[2] > 60)
				range = "time zone offset second";
			offset = (parts[0] * 60 + parts[1]) * 60 + parts[2];
			if (v[0] == '-')
				offset = -offset;
			v += need, vn -= need;
			break;
		}
		case STD_TZ: {
			if (vn >= 3 && memcmp(v, "UTC", 3) == 0) {
				v += 3, vn -= 3;
				z_utc = true;
				break;
			}
			int64_t k = zone_name_len(v, vn);
			if (!k)
				bad = true;
			zname = copy_of(v, k);
			v += k, vn -= k;
			break;
		}
		case STD_FRAC0: {
			int64_t nd = 1 + c.digits;
			if (vn < nd) {
				bad = true;
				break;
			}
			nsec = fraction(v, nd);
			bad = nsec < 0;
			v += nd, vn -= nd;
			break;
		}
		case STD_FRAC9: {
			if (vn < 2 || (v[0] != '.' && v[0] != ',') || v[1] < '0' || v[1] > '9')
				break;
			int64_t k = 0;
			while (k + 1 < vn && v[k + 1] >= '0' && v[k + 1] <= '9')
				k++;
			nsec = fraction(v, 1 + k);
			v += 1 + k, vn -= 1 + k;
			break;
		}
		}
		if (range) {
			char msg[64];
			snprintf(msg, sizeof msg, ": %s out of range", range);
			return parse_error(layout, value, stdstr, copy_of(v, vn), msg);
		}
		if (bad)
			return parse_error(layout, value, stdstr, copy_of(hold, hold_n), "");
	}
	if (pm && hour < 12)
		hour += 12;
	else if (am && hour == 12)
		hour = 0;
	if (yday >= 0) {
		int64_t m = 0, d = yday;
		int64_t lens[] = {31, go_time_is_leap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
		if (yday < 1 || yday > (go_time_is_leap(year) ? 366 : 365))
			return parse_error(layout, value, gs(""), copy_of(v, vn), ": day-of-year out of range");
		while (d > lens[m])
			d -= lens[m++];
		if ((month >= 0 && month != m + 1) || (day >= 0 && day != d))
			return parse_error(layout, value, gs(""), copy_of(v, vn), ": day-of-year does not match month");
		month = m + 1;
		day = d;
	} else {
		if (month < 0)
			month = 1;
		if (day < 0)
			day = 1;
	}
	static const int64_t mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int64_t dim = month == 2 && go_time_is_leap(year) ? 29 : mdays[month - 1];
	if (day < 1 || day > dim)
		return parse_error(layout, value, gs(""), copy_of(v, vn), ": day out of range");
	go_time_Time t = go_time_Date(year, month, day, hour, mnt, sec, nsec, go_time_UTC);
	if (z_utc)
		return (go_time_error){t, {0}};
	// An offset or a name: Local when it is Local's (UTC), else a fixed
	// zone recording what was read (an unknown name gets offset 0).
	bool local_name = zname.len == 0 || (zname.len == 3 && memcmp(zname.ptr, "UTC", 3) == 0);
	if (offset != -1) {
		t = go_time_from_unix(go_time_Time_Unix(t) - offset, nsec, go_time_UTC);
		t.loc = offset == 0 && local_name ? go_time_Local : go_time_FixedZone(zname, offset);
	} else if (zname.len) {
		t.loc = go_time_FixedZone(zname, 0);
	}
	return (go_time_error){t, {0}};
}
