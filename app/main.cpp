#include "shell/AppRunner.h"

int main(int argc, char* argv[])
{
    return carrywell::ui::runCarrywell(argc, argv);
}
