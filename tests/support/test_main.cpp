// The one Boost.Test runner of the suite, linked by every test executable.
#define BOOST_TEST_MODULE suara
#include <boost/test/unit_test.hpp>
