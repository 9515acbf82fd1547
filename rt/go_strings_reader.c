// go_strings_reader.c: strings.Reader (declared in
// frontend/library_decls.c), an io.Reader over a string.
#include "go_lib.h"


typedef struct go_strings_Reader {
	go_string s;
	int64_t i, prevRune;
} go_strings_Reader;

extern const go_type go_type_strings_Reader __attribute__((weak));   // codegen's

go_strings_Reader *go_strings_NewReader(go_string s)
{
	go_strings_Reader *r = go_new_t(&go_type_strings_Reader);
	r->s = s;
	r->prevRune = -1;
	return r;
}

int64_t go_strings_Reader_Len(go_strings_Reader *r)
{
	return r->i >= r->s.len ? 0 : r->s.len - r->i;
}

go_int_error go_strings_Reader_Read(go_strings_Reader *r, go_slice b)
{
	if (r->i >= r->s.len)
		return (go_int_error){0, go_io_EOF};
	r->prevRune = -1;
	int64_t n = r->s.len - r->i < b.len ? r->s.len - r->i : b.len;
	memcpy(b.ptr, r->s.ptr + r->i, (size_t)n);
	r->i += n;
	return (go_int_error){n, {0}};
}

typedef struct { uint8_t r0; go_iface r1; } byte_error;

byte_error go_strings_Reader_ReadByte(go_strings_Reader *r)
{
	r->prevRune = -1;
	if (r->i >= r->s.len)
		return (byte_error){0, go_io_EOF};
	return (byte_error){r->s.ptr[r->i++], {0}};
}

typedef struct { int32_t r0; int64_t r1; go_iface r2; } rune_size_error;

rune_size_error go_strings_Reader_ReadRune(go_strings_Reader *r)
{
	if (r->i >= r->s.len) {
		r->prevRune = -1;
		return (rune_size_error){0, 0, go_io_EOF};
	}
	r->prevRune = r->i;
	int64_t w;
	int32_t c = go_decode_rune(r->s, r->i, &w);
	r->i += w;
	return (rune_size_error){c, w, {0}};
}

go_iface go_strings_Reader_UnreadRune(go_strings_Reader *r)
{
	if (r->i <= 0)
		return go_lib_error("strings.Reader.UnreadRune: at beginning of string");
	if (r->prevRune < 0)
		return go_lib_error("strings.Reader.UnreadRune: previous operation was not ReadRune");
	r->i = r->prevRune;
	r->prevRune = -1;
	return (go_iface){0};
}
