// library_decls.c: the Go declarations of the library packages mgo offers
// (see library.h). Parameter names are Go's own: the measured escape tags
// of library_facts.c name them. Struct layouts that C in rt/ reads or
// writes are mirrored there field for field (rt/go_lib.h).
#include <string.h>

#include "library.h"

static const char src_strings[] =
	"package strings\n"
	"type Builder struct { addr *Builder; buf []byte }\n"
	"func (b *Builder) String() string\n"
	"func (b *Builder) Len() int\n"
	"func (b *Builder) Cap() int\n"
	"func (b *Builder) Reset()\n"
	"func (b *Builder) Grow(n int)\n"
	"func (b *Builder) Write(p []byte) (int, error)\n"
	"func (b *Builder) WriteByte(c byte) error\n"
	"func (b *Builder) WriteRune(r rune) (int, error)\n"
	"func (b *Builder) WriteString(s string) (int, error)\n"
	"func Split(s, sep string) []string\n"
	"func SplitN(s, sep string, n int) []string\n"
	"func Fields(s string) []string\n"
	"func Join(elems []string, sep string) string\n"
	"func Contains(s, substr string) bool\n"
	"func ContainsRune(s string, r rune) bool\n"
	"func ContainsAny(s, chars string) bool\n"
	"func HasPrefix(s, prefix string) bool\n"
	"func HasSuffix(s, suffix string) bool\n"
	"func Index(s, substr string) int\n"
	"func IndexByte(s string, c byte) int\n"
	"func IndexRune(s string, r rune) int\n"
	"func LastIndex(s, substr string) int\n"
	"func Count(s, substr string) int\n"
	"func Compare(a, b string) int\n"
	"func Repeat(s string, count int) string\n"
	"func Replace(s, old, new string, n int) string\n"
	"func ReplaceAll(s, old, new string) string\n"
	"func ToUpper(s string) string\n"
	"func ToLower(s string) string\n"
	"func TrimSpace(s string) string\n"
	"func Trim(s, cutset string) string\n"
	"func TrimLeft(s, cutset string) string\n"
	"func TrimRight(s, cutset string) string\n"
	"func TrimPrefix(s, prefix string) string\n"
	"func TrimSuffix(s, suffix string) string\n"
	"func EqualFold(s, t string) bool\n"
	"func Cut(s, sep string) (before, after string, found bool)\n"
	"func IndexAny(s, chars string) int\n"
	"func LastIndexByte(s string, c byte) int\n"
	"func Map(mapping func(rune) rune, s string) string\n"
	"func FieldsFunc(s string, f func(rune) bool) []string\n"
	"func IndexFunc(s string, f func(rune) bool) int\n"
	"func TrimFunc(s string, f func(rune) bool) string\n"
	"type Reader struct { s string; i int64; prevRune int }\n"
	"func NewReader(s string) *Reader\n"
	"func (r *Reader) Len() int\n"
	"func (r *Reader) Read(b []byte) (n int, err error)\n"
	"func (r *Reader) ReadByte() (byte, error)\n"
	"func (r *Reader) ReadRune() (ch rune, size int, err error)\n";

static const char src_strconv[] =
	"package strconv\n"
	"type NumError struct { Func string; Num string; Err error }\n"
	"func (e *NumError) Error() string\n"
	"func (e *NumError) Unwrap() error\n"
	"var ErrRange error\n"
	"var ErrSyntax error\n"
	"const IntSize = 64\n"
	"func Itoa(i int) string\n"
	"func Atoi(s string) (int, error)\n"
	"func ParseInt(s string, base int, bitSize int) (i int64, err error)\n"
	"func ParseUint(s string, base int, bitSize int) (uint64, error)\n"
	"func ParseFloat(s string, bitSize int) (float64, error)\n"
	"func ParseBool(str string) (bool, error)\n"
	"func FormatInt(i int64, base int) string\n"
	"func FormatUint(i uint64, base int) string\n"
	"func FormatFloat(f float64, fmt byte, prec, bitSize int) string\n"
	"func FormatBool(b bool) string\n"
	"func Quote(s string) string\n"
	"func AppendInt(dst []byte, i int64, base int) []byte\n";

static const char src_errors[] =
	"package errors\n"
	"func New(text string) error\n"
	"func Is(err, target error) bool\n"
	"func As(err error, target any) bool\n"
	"func Unwrap(err error) error\n";

static const char src_io[] =
	"package io\n"
	"type Writer interface { Write(p []byte) (n int, err error) }\n"
	"type Reader interface { Read(p []byte) (n int, err error) }\n"
	"var EOF error\n";

static const char src_os[] =
	"package os\n"
	"type File struct { fd int; name string }\n"
	"type FileMode uint32\n"
	"type PathError struct { Op string; Path string; Err error }\n"
	"func (e *PathError) Error() string\n"
	"func (e *PathError) Unwrap() error\n"
	"func (f *File) Write(b []byte) (n int, err error)\n"
	"func (f *File) WriteString(s string) (n int, err error)\n"
	"func (f *File) Read(b []byte) (n int, err error)\n"
	"func (f *File) Close() error\n"
	"var Args []string\n"
	"var Stdin, Stdout, Stderr *File\n"
	"func Exit(code int)\n"
	"func Getenv(key string) string\n"
	"func ReadFile(name string) ([]byte, error)\n"
	"func WriteFile(name string, data []byte, perm FileMode) error\n";

static const char src_bufio[] =
	"package bufio\n"
	"import \"io\"\n"
	"type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)\n"
	"type Scanner struct { r io.Reader; split SplitFunc; maxTokenSize int; token []byte;"
	" buf []byte; start int; end int; err error; empties int; scanCalled bool; done bool }\n"
	"type Reader struct { buf []byte; rd io.Reader; r, w int; err error; lastByte int; lastRuneSize int }\n"
	"type Writer struct { err error; buf []byte; n int; wr io.Writer }\n"
	"const MaxScanTokenSize = 64 * 1024\n"
	"var ErrTooLong error\n"
	"func NewScanner(r io.Reader) *Scanner\n"
	"func (s *Scanner) Scan() bool\n"
	"func (s *Scanner) Text() string\n"
	"func (s *Scanner) Bytes() []byte\n"
	"func (s *Scanner) Err() error\n"
	"func (s *Scanner) Buffer(buf []byte, max int)\n"
	"func (s *Scanner) Split(split SplitFunc)\n"
	"func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error)\n"
	"func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error)\n"
	"func NewReader(rd io.Reader) *Reader\n"
	"func (b *Reader) ReadString(delim byte) (string, error)\n"
	"func (b *Reader) Read(p []byte) (n int, err error)\n"
	"func (b *Reader) ReadByte() (byte, error)\n"
	"func (b *Reader) ReadRune() (r rune, size int, err error)\n"
	"func NewWriter(w io.Writer) *Writer\n"
	"func (b *Writer) Flush() error\n"
	"func (b *Writer) Write(p []byte) (nn int, err error)\n"
	"func (b *Writer) WriteString(s string) (int, error)\n"
	"func (b *Writer) WriteByte(c byte) error\n"
	"func (b *Writer) WriteRune(r rune) (size int, err error)\n";

static const char src_fmt[] =
	"package fmt\n"
	"import \"io\"\n"
	"func Fprintln(w io.Writer, a ...any) (n int, err error)\n"
	"func Fprintf(w io.Writer, format string, a ...any) (n int, err error)\n"
	"func Fprint(w io.Writer, a ...any) (n int, err error)\n";

static const char src_sort[] =
	"package sort\n"
	"type Interface interface { Len() int; Less(i, j int) bool; Swap(i, j int) }\n"
	"func Ints(x []int)\n"
	"func Strings(x []string)\n"
	"func Float64s(x []float64)\n"
	"func IntsAreSorted(x []int) bool\n"
	"func StringsAreSorted(x []string) bool\n"
	"func Slice(x any, less func(i, j int) bool)\n"
	"func SliceStable(x any, less func(i, j int) bool)\n"
	"func SliceIsSorted(x any, less func(i, j int) bool) bool\n"
	"func Sort(data Interface)\n"
	"func Stable(data Interface)\n"
	"func IsSorted(data Interface) bool\n"
	"func Search(n int, f func(int) bool) int\n"
	"func SearchInts(a []int, x int) int\n"
	"func SearchStrings(a []string, x string) int\n";

static const char src_math[] =
	"package math\n"
	"const (\n"
	"E = 2.71828182845904523536028747135266249775724709369995957496696763\n"
	"Pi = 3.14159265358979323846264338327950288419716939937510582097494459\n"
	"Phi = 1.61803398874989484820458683436563811772030917980576286213544862\n"
	"Sqrt2 = 1.41421356237309504880168872420969807856967187537694807317667974\n"
	"Ln2 = 0.693147180559945309417232121458176568075500134360255254120680009\n"
	"Ln10 = 2.30258509299404568401799145468436420760110148862877297603332790\n"
	"MaxFloat32 = 3.40282346638528859811704183484516925440e+38\n"
	"SmallestNonzeroFloat32 = 1.401298464324817070923729583289916131280e-45\n"
	"MaxFloat64 = 1.79769313486231570814527423731704356798070e+308\n"
	"SmallestNonzeroFloat64 = 4.9406564584124654417656879286822137236505980e-324\n"
	"MaxInt = 1<<63 - 1\n"
	"MinInt = -1 << 63\n"
	"MaxInt8 = 1<<7 - 1\n"
	"MinInt8 = -1 << 7\n"
	"MaxInt16 = 1<<15 - 1\n"
	"MinInt16 = -1 << 15\n"
	"MaxInt32 = 1<<31 - 1\n"
	"MinInt32 = -1 << 31\n"
	"MaxInt64 = 1<<63 - 1\n"
	"MinInt64 = -1 << 63\n"
	"MaxUint = 1<<64 - 1\n"
	"MaxUint8 = 1<<8 - 1\n"
	"MaxUint16 = 1<<16 - 1\n"
	"MaxUint32 = 1<<32 - 1\n"
	"MaxUint64 = 1<<64 - 1\n"
	")\n"
	"func Sqrt(x float64) float64\n"
	"func Abs(x float64) float64\n"
	"func Floor(x float64) float64\n"
	"func Ceil(x float64) float64\n"
	"func Trunc(x float64) float64\n"
	"func Round(x float64) float64\n"
	"func Max(x, y float64) float64\n"
	"func Min(x, y float64) float64\n"
	"func Mod(x, y float64) float64\n"
	"func Inf(sign int) float64\n"
	"func IsInf(f float64, sign int) bool\n"
	"func NaN() float64\n"
	"func IsNaN(f float64) (is bool)\n"
	"func Signbit(x float64) bool\n"
	"func Copysign(f, sign float64) float64\n"
	"func Float64bits(f float64) uint64\n"
	"func Float64frombits(b uint64) float64\n"
	"func Pow(x, y float64) float64\n"
	"func Exp(x float64) float64\n"
	"func Log(x float64) float64\n"
	"func Log2(x float64) float64\n"
	"func Log10(x float64) float64\n"
	"func Sin(x float64) float64\n"
	"func Cos(x float64) float64\n"
	"func Tan(x float64) float64\n"
	"func Atan(x float64) float64\n"
	"func Atan2(y, x float64) float64\n"
	"func Hypot(p, q float64) float64\n"
	"func Cbrt(x float64) float64\n";

static const char src_time[] =
	"package time\n"
	"type Duration int64\n"
	"const (\n"
	"Nanosecond Duration = 1\n"
	"Microsecond = 1000 * Nanosecond\n"
	"Millisecond = 1000 * Microsecond\n"
	"Second = 1000 * Millisecond\n"
	"Minute = 60 * Second\n"
	"Hour = 60 * Minute\n"
	")\n"
	"type Location struct { name string }\n"
	"type Time struct { wall uint64; ext int64; loc *Location }\n"
	"func Now() Time\n"
	"func Since(t Time) Duration\n"
	"func Until(t Time) Duration\n"
	"func (t Time) Sub(u Time) Duration\n"
	"func (t Time) Unix() int64\n"
	"func (t Time) UnixNano() int64\n"
	"func (t Time) UnixMilli() int64\n"
	"func (d Duration) String() string\n"
	"func (d Duration) Nanoseconds() int64\n"
	"func (d Duration) Microseconds() int64\n"
	"func (d Duration) Milliseconds() int64\n"
	"func (d Duration) Seconds() float64\n"
	"func (d Duration) Minutes() float64\n"
	"func (d Duration) Hours() float64\n"
	"func Sleep(d Duration)\n";

static const struct {
	const char *path;
	const char *src;
} packages[] = {
	{"bufio", src_bufio}, {"errors", src_errors}, {"fmt", src_fmt}, {"io", src_io},
	{"math", src_math}, {"os", src_os}, {"sort", src_sort}, {"strconv", src_strconv},
	{"strings", src_strings}, {"time", src_time},
};

const char *lib_package_source(const char *path)
{
	for (size_t i = 0; i < sizeof packages / sizeof *packages; i++)
		if (strcmp(packages[i].path, path) == 0)
			return packages[i].src;
	return NULL;
}

const char *lib_package_list(void)
{
	return "\"bufio\", \"errors\", \"fmt\", \"io\", \"math\", \"os\", \"sort\", \"strconv\", "
	       "\"strings\", \"sync\" and \"time\"";
}
