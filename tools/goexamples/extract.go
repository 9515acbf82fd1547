// extract.go: prints, as JSON, the Example functions of Go test files as
// standalone programs, for tools/go_examples.py.
//
// go/doc already knows how to turn an example into a whole program (the
// playground version: package main, the imports it uses, the file's
// declarations it needs); this asks it for that program and for the
// expected output, and prints both. Examples that go/doc cannot make into
// a program (they use the package's unexported names) come out with an
// empty program and a reason.
//
// usage: go run extract.go SRCDIR PKG...   (the files SRCDIR/PKG/example*_test.go)
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/doc"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
)

type example struct {
	File      string `json:"file"`
	Name      string `json:"name"`
	Program   string `json:"program"`
	Output    string `json:"output"`
	HasOutput bool   `json:"has_output"`
	Unordered bool   `json:"unordered"`
	Reason    string `json:"reason,omitempty"`
}

func main() {
	var out []example
	var paths []string
	for _, pkg := range os.Args[2:] {
		m, _ := filepath.Glob(filepath.Join(os.Args[1], pkg, "example*_test.go"))
		paths = append(paths, m...)
	}
	for _, path := range paths {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		rel := filepath.Join(filepath.Base(filepath.Dir(path)), filepath.Base(path))
		for _, ex := range doc.Examples(f) {
			e := example{File: rel, Name: "Example" + ex.Name, Output: ex.Output,
				HasOutput: ex.Output != "" || ex.EmptyOutput, Unordered: ex.Unordered}
			if ex.Play == nil {
				e.Reason = "go/doc cannot make it a standalone program"
			} else {
				var buf bytes.Buffer
				if err := format.Node(&buf, fset, ex.Play); err != nil {
					e.Reason = err.Error()
				} else {
					e.Program = buf.String()
				}
			}
			out = append(out, e)
		}
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
