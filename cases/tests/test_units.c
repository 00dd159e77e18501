/* The generator's small parts: digests, quote normalisation, path safety. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include "quote.h"
#include "safety.h"
#include "sha256.h"

static void digest(const char *text, char hex[65])
{
  osc_sha256 s;
  osc_sha256_init(&s);
  osc_sha256_update(&s, text, strlen(text));
  osc_sha256_hex(&s, hex);
}

Test(sha256, matches_the_fips_180_examples)
{
  char hex[65];
  digest("", hex);
  cr_assert_str_eq(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  digest("abc", hex);
  cr_assert_str_eq(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", hex);
  cr_assert_str_eq(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

Test(sha256, is_the_same_fed_in_pieces)
{
  char whole[65], pieces[65];
  const char *text = "a text longer than one sixty-four byte block, fed in uneven pieces to the digest";
  digest(text, whole);
  osc_sha256 s;
  osc_sha256_init(&s);
  for (size_t i = 0; i < strlen(text); i += 7)
    osc_sha256_update(&s, text + i, strlen(text + i) < 7 ? strlen(text + i) : 7);
  osc_sha256_hex(&s, pieces);
  cr_assert_str_eq(whole, pieces);
}

static void assert_normal(const char *in, const char *want)
{
  char *got = quote_normalise(in);
  cr_assert_str_eq(got, want, "normalising \"%s\"", in);
  free(got);
}

Test(quote, drops_markup_case_and_spacing)
{
  assert_normal("If the directory already exists, :exc:`FileExistsError` is raised.",
                "if the directory already exists, fileexistserror is raised");
  assert_normal("See :func:`the function <os.stat>`  and\n  ``O_RDONLY``.", "see the function and o_rdonly");
  assert_normal("Use :func:`~os.path.join` or :c:func:`!open`.", "use join or open");
  assert_normal("Create a directory named *path*.", "create a directory named path");
  assert_normal("  ", "");
  assert_normal("used by :func:`exec\\*p\\* <execl>` and", "used by execp and");
}

static int safe(const char *case_json)
{
  char why[256];
  json_t *c = json_loads(case_json, 0, NULL);
  cr_assert_not_null(c);
  int ok = safety_check_case(c, why, sizeof why);
  json_decref(c);
  return ok;
}

Test(safety, refuses_absolute_paths_and_dotdot)
{
  cr_assert(safe("{\"setup\": [{\"op\": \"mkdir\", \"path\": \"a/b\"}], \"steps\": [{\"call\": \"stat\", \"args\": [\"a...b\", \"..x\"]}]}"));
  cr_assert(!safe("{\"setup\": [{\"op\": \"mkdir\", \"path\": \"/etc/x\"}], \"steps\": []}"));
  cr_assert(!safe("{\"setup\": [{\"op\": \"symlink\", \"target\": \"../f\", \"path\": \"l\"}], \"steps\": []}"));
  cr_assert(!safe("{\"check\": [{\"op\": \"exists\", \"path\": \"a/..\"}], \"steps\": []}"));
  cr_assert(!safe("{\"steps\": [{\"call\": \"stat\", \"args\": [\"a/../../b\"]}]}"));
  cr_assert(!safe("{\"steps\": [{\"call\": \"stat\", \"kwargs\": {\"path\": {\"pathlike\": \"/tmp\"}}}]}"));
  /* b"../x" as hex */
  cr_assert(!safe("{\"steps\": [{\"call\": \"stat\", \"args\": [{\"bytes\": \"2e2e2f78\"}]}]}"));
  cr_assert(!safe("{\"steps\": [{\"call\": \"stat\", \"args\": [\"..\"]}]}"));
}
