// Strings a YAML 1.1 reader (PyYAML, docker-compose v1, many editors) would not read back as the same string.
// The yaml library already quotes what YAML 1.2 would misread; these are the 1.1 extras, and everything made of
// number characters, which is where port mappings ("3307:3306"), file modes ("0755") and versions ("5.7") go wrong.
const words =
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|=|<<)$/;
// Some 1.1 readers also take loose forms for numbers ("e0", "._", "-E5"), so the test is on characters, not grammar.
const numberChars = /^[-+.0-9_:eE]*[.0-9][-+.0-9_:eE]*$/;
const prefixed = /^[-+]?0[xXbBoO]/;
const timestamp = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/;
const special = /^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)?$/;

/** True when `s` must be quoted so that every YAML reader reads it back as this string. */
export function mustQuote(s: string): boolean {
  return (
    s === '' ||
    s !== s.trim() ||
    words.test(s) ||
    numberChars.test(s) ||
    prefixed.test(s) ||
    timestamp.test(s) ||
    special.test(s)
  );
}
