// go_bufio.c: package bufio (declared in frontend/library_decls.c):
// Scanner with Go's buffer growth, token limit and split functions
// (user split functions are called as closures), Reader (ReadString,
// ReadSlice/ReadLine/ReadBytes with Go's buffer-full rules) and Writer. The underlying io.Reader/io.Writer is always called through
// its itab, so this file needs no other package's types.
#include <stdlib.h>
#include <string.h>

#include "go_lib.h"

typedef struct go_split_result {
	int64_t advance;
	go_slice token;
	go_iface err;
} go_split_result;

typedef struct go_bufio_Scanner {
	go_iface r;
	go_closure *split;
	int64_t maxTokenSize;
	go_slice token, buf;
	int64_t start, end;
	go_iface err;
	int64_t empties;
	bool scanCalled, done;
} go_bufio_Scanner;

typedef struct go_bufio_Reader {
	go_slice buf;
	go_iface rd;
	int64_t r, w;
	go_iface err;
	int64_t lastByte, lastRuneSize;
} go_bufio_Reader;

typedef struct go_bufio_Writer {
	go_iface err;
	go_slice buf;
	int64_t n;
	go_iface wr;
} go_bufio_Writer;

// Emitted by codegen in programs that import bufio (weak: see go_strconv.c).
extern const go_type go_type_bufio_Scanner __attribute__((weak));
extern const go_type go_type_bufio_Reader __attribute__((weak));
extern const go_type go_type_bufio_Writer __attribute__((weak));

go_iface go_bufio_ErrTooLong, go_bufio_ErrInvalidUnreadRune, go_bufio_ErrBufferFull;

__attribute__((constructor)) static void init_errors(void)
{
	go_bufio_ErrTooLong = go_lib_error_static("bufio.Scanner: token too long");
	go_bufio_ErrInvalidUnreadRune = go_lib_error_static("bufio: invalid use of UnreadRune");
	go_bufio_ErrBufferFull = go_lib_error_static("bufio: buffer full");
}

enum { MAX_TOKEN = 64 * 1024, START_BUF = 4096 };

go_bufio_Scanner *go_bufio_NewScanner(go_iface r)
{
	go_bufio_Scanner *s = go_new_t(&go_type_bufio_Scanner);
	s->r = r;
	s->maxTokenSize = MAX_TOKEN;
	return s;
}

static inline bool is_space(int32_t r)
{
	if (r < 0x80)
		return r == ' ' || (r >= '\t' && r <= '\r');
	return r == 0x85 || r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200a) ||
		r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000;
}

static go_slice sub(go_slice d, int64_t lo, int64_t hi)
{
	return (go_slice){(uint8_t *)d.ptr + lo, hi - lo, d.cap - lo};
}

go_split_result go_bufio_ScanLines(go_slice data, bool atEOF)
{
	if (atEOF && data.len == 0)
		return (go_split_result){0};
	const uint8_t *p = data.len ? memchr(data.ptr, '\n', (size_t)data.len) : NULL;
	int64_t i = p ? p - (const uint8_t *)data.ptr : -1;
	if (i >= 0 || atEOF) {
		int64_t adv = i >= 0 ? i + 1 : data.len;
		int64_t n = i >= 0 ? i : data.len;
		if (n > 0 && ((uint8_t *)data.ptr)[n - 1] == '\r')
			n--;
		return (go_split_result){adv, sub(data, 0, n), {0}};
	}
	return (go_split_result){0};
}

// White space among the ASCII bytes (unicode.IsSpace below 0x80).
static const bool ascii_space[128] = {['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1};

// One rune at p[i] (i < n), and whether it is a space; ASCII by a table.
static inline bool space_at(const uint8_t *p, int64_t n, int64_t i, int64_t *w)
{
	if (p[i] < 0x80) {
		*w = 1;
		return ascii_space[p[i]];
	}
	return is_space(go_decode_rune((go_string){p, n}, i, w));
}

go_split_result go_bufio_ScanWords(go_slice data, bool atEOF)
{
	const uint8_t *p = data.ptr;
	int64_t n = data.len, start = 0, w;
	while (start < n && space_at(p, n, start, &w))
		start += w;
	for (int64_t i = start; i < n; i += w)
		if (space_at(p, n, i, &w))
			return (go_split_result){i + w, sub(data, start, i), {0}};
	if (atEOF && n > start)
		return (go_split_result){n, sub(data, start, n), {0}};
	return (go_split_result){start, {0}, {0}};
}

static void set_err(go_bufio_Scanner *s, go_iface err)
{
	if (!s->err.tab || go_iface_eq(s->err, false, go_io_EOF, false))
		s->err = err;
}

bool go_bufio_Scanner_Scan(go_bufio_Scanner *s)
{
	if (s->done)
		return false;
	s->scanCalled = true;
	for (;;) {
		if (s->end > s->start || s->err.tab) {
			go_slice data = sub(s->buf, s->start, s->end);
			bool eof = s->err.tab != NULL;
			go_split_result r = s->split ?
				((go_split_result (*)(go_closure *, go_slice, bool))s->split->fn)(s->split, data, eof) :
				go_bufio_ScanLines(data, eof);
			if (r.err.tab) {
				set_err(s, r.err);
				return false;
			}
			if (r.advance < 0) {
				set_err(s, go_lib_error("bufio.Scanner: SplitFunc returns negative advance count"));
				return false;
			}
			if (r.advance > data.len) {
				set_err(s, go_lib_error("bufio.Scanner: SplitFunc returns advance count beyond input"));
				return false;
			}
			s->start += r.advance;
			if (r.token.ptr) {
				s->token = r.token;
				if (r.advance > 0) {
					s->empties = 0;
				} else if (++s->empties > 100) {
					go_panic_plain("bufio.Scan: too many empty tokens without progressing");
				}
				return true;
			}
		}
		if (s->err.tab) {
			s->start = s->end = 0;
			s->done = true;
			return false;
		}
		if (s->start > 0 && (s->end == s->buf.len || s->start > s->buf.len / 2)) {
			memmove(s->buf.ptr, (uint8_t *)s->buf.ptr + s->start, (size_t)(s->end - s->start));
			s->end -= s->start;
			s->start = 0;
		}
		if (s->end == s->buf.len) {
			if (s->buf.len >= s->maxTokenSize) {
				set_err(s, go_bufio_ErrTooLong);
				return false;
			}
			int64_t n = s->buf.len * 2;
			if (n == 0)
				n = START_BUF;
			if (n > s->maxTokenSize)
				n = s->maxTokenSize;
			go_slice nb = go_make_slice(&go_type_uint8, n, n);
			memcpy(nb.ptr, (uint8_t *)s->buf.ptr + s->start, (size_t)(s->end - s->start));
			s->end -= s->start;
			s->start = 0;
			s->buf = nb;
		}
		for (int loop = 0;;) {
			go_int_error r = go_io_read(s->r, sub(s->buf, s->end, s->buf.len));
			if (r.r0 < 0 || r.r0 > s->buf.len - s->end) {
				set_err(s, go_lib_error("bufio.Scanner: Read returned impossible count"));
				break;
			}
			s->end += r.r0;
			if (r.r1.tab) {
				set_err(s, r.r1);
				break;
			}
			if (r.r0 > 0) {
				s->empties = 0;
				break;
			}
			if (++loop > 100) {
				set_err(s, go_lib_error("multiple Read calls return no data or error"));
				break;
			}
		}
	}
}

go_string go_bufio_Scanner_Text(go_bufio_Scanner *s)
{
	return go_string_from_bytes(s->token.ptr, s->token.len);
}

go_slice go_bufio_Scanner_Bytes(go_bufio_Scanner *s)
{
	return s->token;
}

go_iface go_bufio_Scanner_Err(go_bufio_Scanner *s)
{
	if (s->err.tab && go_iface_eq(s->err, false, go_io_EOF, false))
		return (go_iface){0};
	return s->err;
}

void go_bufio_Scanner_Buffer(go_bufio_Scanner *s, go_slice buf, int64_t max)
{
	if (s->scanCalled)
		go_panic_plain("Buffer called after Scan");
	s->buf = (go_slice){buf.ptr, buf.cap, buf.cap};
	s->maxTokenSize = max;
}

void go_bufio_Scanner_Split(go_bufio_Scanner *s, go_closure *split)
{
	if (s->scanCalled)
		go_panic_plain("Split called after Scan");
	s->split = split;
}

// {==================== Reader ====================

// Go's minimum: smaller sizes would make ReadRune's 4-byte lookahead fail.
enum { MIN_READ_BUF = 16 };

// x.(*T) for a non-empty interface x: the pointer, or NULL when x holds
// another type (a nil *T panics at its first use, as Go's len(b.buf) does).
static void *as_ptr_to(go_iface x, const go_type *t)
{
	if (!x.tab || !t)
		return NULL;
	const go_type *dt = ((const go_itab *)x.tab)->type;
	if (dt->kind != GO_KIND_PTR || dt->elem != t)
		return NULL;
	if (!x.data)
		go_panic_nil();
	return x.data;
}

go_bufio_Reader *go_bufio_NewReaderSize(go_iface rd, int64_t size)
{
	// Already a Reader with a large enough buffer: Go hands it back, so
	// reads through either value share one buffer.
	go_bufio_Reader *already = as_ptr_to(rd, &go_type_bufio_Reader);
	if (already && already->buf.len >= size)
		return already;
	if (size < MIN_READ_BUF)
		size = MIN_READ_BUF;
	go_bufio_Reader *b = go_new_t(&go_type_bufio_Reader);
	b->buf = go_make_slice(&go_type_uint8, size, size);
	b->rd = rd;
	b->lastByte = -1;
	b->lastRuneSize = -1;
	return b;
}

go_bufio_Reader *go_bufio_NewReader(go_iface rd)
{
	return go_bufio_NewReaderSize(rd, START_BUF);
}

go_string_error go_bufio_Reader_ReadString(go_bufio_Reader *b, uint8_t delim)
{
	go_lib_buf out = {0};
	for (;;) {
		uint8_t *p = (uint8_t *)b->buf.ptr + b->r;
		int64_t n = b->w - b->r;
		uint8_t *q = n ? memchr(p, delim, (size_t)n) : NULL;
		if (q) {
			go_lib_buf_put(&out, p, q - p + 1);
			b->r += q - p + 1;
			return (go_string_error){go_lib_buf_string(&out), {0}};
		}
		go_lib_buf_put(&out, p, n);
		b->r = b->w = 0;
		if (b->err.tab) {
			go_iface err = b->err;
			b->err = (go_iface){0};
			return (go_string_error){go_lib_buf_string(&out), err};
		}
		go_int_error r = go_io_read(b->rd, b->buf);
		b->w = r.r0;
		b->err = r.r1;
	}
}

// Refills an empty buffer; false when nothing more can be read (b->err set).
static bool fill(go_bufio_Reader *b)
{
	if (b->r < b->w)
		return true;
	b->r = b->w = 0;
	if (b->err.tab)
		return false;
	go_int_error r = go_io_read(b->rd, b->buf);
	b->w = r.r0;
	b->err = r.r1;
	return b->w > 0;
}

static go_iface read_err(go_bufio_Reader *b)
{
	go_iface e = b->err;
	b->err = (go_iface){0};
	return e;
}

go_int_error go_bufio_Reader_Read(go_bufio_Reader *b, go_slice p)
{
	if (p.len == 0)
		return (go_int_error){0, b->r < b->w ? (go_iface){0} : read_err(b)};
	if (!fill(b))
		return (go_int_error){0, read_err(b)};
	int64_t n = b->w - b->r < p.len ? b->w - b->r : p.len;
	memcpy(p.ptr, (uint8_t *)b->buf.ptr + b->r, (size_t)n);
	b->r += n;
	b->lastByte = ((uint8_t *)b->buf.ptr)[b->r - 1];
	b->lastRuneSize = -1;
	return (go_int_error){n, {0}};
}

typedef struct { uint8_t r0; go_iface r1; } byte_error;

byte_error go_bufio_Reader_ReadByte(go_bufio_Reader *b)
{
	b->lastRuneSize = -1;
	if (!fill(b))
		return (byte_error){0, read_err(b)};
	uint8_t c = ((uint8_t *)b->buf.ptr)[b->r++];
	b->lastByte = c;
	return (byte_error){c, {0}};
}

typedef struct { int32_t r0; int64_t r1; go_iface r2; } rune_size_error;

rune_size_error go_bufio_Reader_ReadRune(go_bufio_Reader *b)
{
	// A rune may straddle the buffer's end: move the tail to the front
	// and read more until 4 bytes are there or input ends.
	while (b->w - b->r < 4 && !b->err.tab) {
		if (b->r > 0) {
			memmove(b->buf.ptr, (uint8_t *)b->buf.ptr + b->r, (size_t)(b->w - b->r));
			b->w -= b->r;
			b->r = 0;
		}
		go_int_error r = go_io_read(b->rd, sub(b->buf, b->w, b->buf.len));
		b->w += r.r0;
		b->err = r.r1;
		if (r.r0 == 0 && !r.r1.tab)
			break;
	}
	b->lastRuneSize = -1;
	if (b->r == b->w)
		return (rune_size_error){0, 0, read_err(b)};
	int64_t w;
	int32_t c = go_decode_rune((go_string){(uint8_t *)b->buf.ptr + b->r, b->w - b->r}, 0, &w);
	b->r += w;
	b->lastByte = ((uint8_t *)b->buf.ptr)[b->r - 1];
	b->lastRuneSize = w;
	return (rune_size_error){c, w, {0}};
}

go_iface go_bufio_Reader_UnreadRune(go_bufio_Reader *b)
{
	if (b->lastRuneSize < 0 || b->r < b->lastRuneSize)
		return go_bufio_ErrInvalidUnreadRune;
	b->r -= b->lastRuneSize;
	b->lastByte = -1;
	b->lastRuneSize = -1;
	return (go_iface){0};
}

// Go's fill: slides the unread bytes to the front and reads once into the
// free tail, retrying reads that return nothing (at most 100 times).
static void fill_tail(go_bufio_Reader *b)
{
	if (b->r > 0) {
		memmove(b->buf.ptr, (uint8_t *)b->buf.ptr + b->r, (size_t)(b->w - b->r));
		b->w -= b->r;
		b->r = 0;
	}
	for (int i = 0; i < 100; i++) {
		go_int_error r = go_io_read(b->rd, sub(b->buf, b->w, b->buf.len));
		if (r.r0 < 0)
			go_panic(go_lib_error("bufio: reader returned negative count from Read"));
		b->w += r.r0;
		if (r.r1.tab) {
			b->err = r.r1;
			return;
		}
		if (r.r0 > 0)
			return;
	}
	b->err = go_lib_error("multiple Read calls return no data or error");
}

int64_t go_bufio_Reader_Buffered(go_bufio_Reader *b)
{
	return b->w - b->r;
}

go_slice_error go_bufio_Reader_ReadSlice(go_bufio_Reader *b, uint8_t delim)
{
	go_slice line;
	go_iface err = {0};
	for (int64_t s = 0;;) {
		uint8_t *p = (uint8_t *)b->buf.ptr;
		uint8_t *q = b->w - b->r - s > 0 ? memchr(p + b->r + s, delim, (size_t)(b->w - b->r - s)) : NULL;
		if (q) {
			line = sub(b->buf, b->r, q - p + 1);
			b->r = q - p + 1;
			break;
		}
		if (b->err.tab) {
			line = sub(b->buf, b->r, b->w);
			b->r = b->w;
			err = read_err(b);
			break;
		}
		if (b->w - b->r >= b->buf.len) {
			b->r = b->w;
			line = b->buf;
			err = go_bufio_ErrBufferFull;
			break;
		}
		s = b->w - b->r;   // do not rescan what was searched already
		fill_tail(b);
	}
	if (line.len > 0) {
		b->lastByte = ((uint8_t *)line.ptr)[line.len - 1];
		b->lastRuneSize = -1;
	}
	return (go_slice_error){line, err};
}

typedef struct { go_slice r0; bool r1; go_iface r2; } slice_bool_error;

slice_bool_error go_bufio_Reader_ReadLine(go_bufio_Reader *b)
{
	go_slice_error r = go_bufio_Reader_ReadSlice(b, '\n');
	go_slice line = r.r0;
	if (r.r1.tab && go_iface_eq(r.r1, false, go_bufio_ErrBufferFull, false)) {
		// A "\r\n" may straddle the buffer's end: keep the '\r' for the
		// next call, which then sees the whole line ending.
		if (line.len > 0 && ((uint8_t *)line.ptr)[line.len - 1] == '\r') {
			if (b->r == 0)
				go_panic_plain("bufio: tried to rewind past start of buffer");
			b->r--;
			line.len--;
		}
		return (slice_bool_error){line, true, {0}};
	}
	if (line.len == 0) {
		if (r.r1.tab)
			line = (go_slice){0};
		return (slice_bool_error){line, false, r.r1};
	}
	uint8_t *p = line.ptr;
	if (p[line.len - 1] == '\n')
		line.len -= line.len > 1 && p[line.len - 2] == '\r' ? 2 : 1;
	return (slice_bool_error){line, false, {0}};
}

// ReadBytes: ReadSlice until the delimiter or an error, the full buffers
// copied as they go by; the result is a fresh slice of exactly the line.
go_slice_error go_bufio_Reader_ReadBytes(go_bufio_Reader *b, uint8_t delim)
{
	go_lib_buf full = {0};
	go_slice_error r;
	for (;;) {
		r = go_bufio_Reader_ReadSlice(b, delim);
		if (!r.r1.tab || !go_iface_eq(r.r1, false, go_bufio_ErrBufferFull, false))
			break;
		go_lib_buf_put(&full, r.r0.ptr, r.r0.len);
	}
	int64_t n = full.len + r.r0.len;
	go_slice out = go_make_slice(&go_type_uint8, n, n);
	if (full.len)
		memcpy(out.ptr, full.p, (size_t)full.len);
	if (r.r0.len)
		memcpy((uint8_t *)out.ptr + full.len, r.r0.ptr, (size_t)r.r0.len);
	free(full.p);
	return (go_slice_error){out, r.r1};
}

// {==================== Writer ====================

int64_t go_bufio_Writer_Buffered(go_bufio_Writer *b)
{
	return b->n;
}

int64_t go_bufio_Writer_Available(go_bufio_Writer *b)
{
	return b->buf.len - b->n;
}

go_bufio_Writer *go_bufio_NewWriterSize(go_iface w, int64_t size)
{
	go_bufio_Writer *already = as_ptr_to(w, &go_type_bufio_Writer);
	if (already && already->buf.len >= size)
		return already;
	if (size <= 0)
		size = START_BUF;
	go_bufio_Writer *b = go_new_t(&go_type_bufio_Writer);
	b->buf = go_make_slice(&go_type_uint8, size, size);
	b->wr = w;
	return b;
}

go_bufio_Writer *go_bufio_NewWriter(go_iface w)
{
	return go_bufio_NewWriterSize(w, START_BUF);
}

go_iface go_bufio_Writer_Flush(go_bufio_Writer *b)
{
	if (b->err.tab)
		return b->err;
	if (b->n == 0)
		return (go_iface){0};
	go_int_error r = go_io_write(b->wr, sub(b->buf, 0, b->n));
	if (r.r0 < b->n && !r.r1.tab)
		r.r1 = go_lib_error("short write");
	if (r.r1.tab) {
		if (r.r0 > 0 && r.r0 < b->n)
			memmove(b->buf.ptr, (uint8_t *)b->buf.ptr + r.r0, (size_t)(b->n - r.r0));
		b->n -= r.r0;
		b->err = r.r1;
		return r.r1;
	}
	b->n = 0;
	return (go_iface){0};
}

static int64_t put(go_bufio_Writer *b, const uint8_t *p, int64_t len)
{
	int64_t nn = 0;
	while (len > b->buf.len - b->n && !b->err.tab) {
		int64_t k;
		if (b->n == 0) {
			go_int_error r = go_io_write(b->wr, (go_slice){(void *)p, len, len});
			k = r.r0;
			b->err = r.r1;
		} else {
			k = b->buf.len - b->n;
			memcpy((uint8_t *)b->buf.ptr + b->n, p, (size_t)k);
			b->n += k;
			go_bufio_Writer_Flush(b);
		}
		nn += k;
		p += k;
		len -= k;
	}
	if (b->err.tab)
		return nn;
	memcpy((uint8_t *)b->buf.ptr + b->n, p, (size_t)len);
	b->n += len;
	return nn + len;
}

go_int_error go_bufio_Writer_Write(go_bufio_Writer *b, go_slice p)
{
	int64_t n = put(b, p.ptr, p.len);
	return (go_int_error){n, b->err};
}

go_int_error go_bufio_Writer_WriteString(go_bufio_Writer *b, go_string s)
{
	int64_t n = put(b, s.ptr, s.len);
	return (go_int_error){n, b->err};
}

go_iface go_bufio_Writer_WriteByte(go_bufio_Writer *b, uint8_t c)
{
	put(b, &c, 1);
	return b->err;
}

go_int_error go_bufio_Writer_WriteRune(go_bufio_Writer *b, int32_t r)
{
	uint8_t tmp[4];
	int n = go_encode_rune(tmp, r);
	put(b, tmp, n);
	return (go_int_error){b->err.tab ? 0 : n, b->err};
}
