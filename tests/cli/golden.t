# The reorganisation of the sources moves code and changes no behaviour:
# extract and check -f csv give, on every article in tests/articles, the
# bytes recorded before the first move (tests/golden/outputs.sha256, made
# by tests/golden/outputs.sh with the build of that day).  A change that
# means to change these outputs records them again, in its own commit.

== extract and check outputs on every article are the recorded ones
$ sh golden/outputs.sh "$(command -v wagestat)" | diff golden/outputs.sha256 - && echo same
> same
