// Strings a YAML 1.1 reader (PyYAML, docker-compose v1, many editors) would not read back as the same string.
// The yaml library already quotes what YAML 1.2 would misread; these are the 1.1 extras and everything
// number-like, which is where port mappings ("3307:3306" is base 60 in 1.1) and file modes ("0755") go wrong.
const words = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|=|<<)$/;
const numberish = /^[-+]?\.?[0-9]/;
// Some 1.1 readers take loose forms for floats ("e0", "._", "-E5"): quote anything made of number characters.
const numberChars = /^[-+.0-9_:eE]*[.0-9][-+.0-9_:eE]*$/;
const special = /^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)?$/;

/** True when `s` must be quoted so that every YAML reader reads it back as this string. */
export function mustQuote(s: string): boolean {
  return s === '' || words.test(s) || numberish.test(s) || numberChars.test(s) || special.test(s) || s !== s.trim();
}
